import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { can, requirePermission } from "@/lib/auth/authorize";
import { conflict, fromDatabaseError, invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { queueNotification } from "@/lib/notifications/queue-notification";
import { ChangeHeadcountSchema } from "./schemas";
import { changesAllowed } from "./rules";
import { assertGroupRules } from "./group-rules";
import { adjustSlotPlaces, lockBooking } from "./slot-places";
import { BOOKING_WITH_SLOT, getFieldTrip } from "./find-field-trips";

/** The coordinator changes students/chaperones of a pending or confirmed booking until 7 days before. */
export async function changeHeadcount(db: Db, actor: Actor | null, input: unknown, now = new Date()) {
  requirePermission(actor, "update:fieldTrip:own");
  const data = parseInput(ChangeHeadcountSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await lockBooking(tx, data.bookingId);
      const booking = await getFieldTrip(tx, actor, data.bookingId);
      const isStaff = can(actor, "manage:fieldTrip:any");
      if (!["PENDING", "CONFIRMED"].includes(booking.status)) throw conflict("fieldTrips.errors.notChangeable");
      if (!isStaff && !changesAllowed(booking.slot.startsAt, now)) throw invalid("fieldTrips.errors.changesClosed");
      const exhibition = await tx.exhibition.findUniqueOrThrow({ where: { id: booking.slot.exhibition.id } });
      assertGroupRules(exhibition, { gradeBand: booking.gradeBand, students: data.students, chaperones: data.chaperones });

      const delta = data.students + data.chaperones - (booking.students + booking.chaperones);
      if (!(await adjustSlotPlaces(tx, booking.slotId, delta))) {
        const slot = await tx.visitSlot.findUniqueOrThrow({ where: { id: booking.slotId } });
        throw conflict("fieldTrips.errors.notEnoughPlaces", { remaining: slot.capacity - slot.bookedCount, requested: delta });
      }
      const updated = await tx.fieldTripBooking.update({
        where: { id: booking.id },
        data: { students: data.students, chaperones: data.chaperones },
        include: BOOKING_WITH_SLOT,
      });
      await recordAudit(tx, {
        actor,
        action: "fieldTrip.changeHeadcount",
        entity: "FieldTripBooking",
        entityId: booking.id,
        before: { students: booking.students, chaperones: booking.chaperones },
        after: { students: updated.students, chaperones: updated.chaperones },
      });
      await queueNotification(tx, {
        user: booking.coordinator,
        template: "fieldTrip.headcountChanged",
        payload: { reference: booking.reference, students: updated.students, chaperones: updated.chaperones },
      });
      return updated;
    });
  } catch (error) {
    throw fromDatabaseError(error, "fieldTrips.errors.notEnoughPlaces") ?? error;
  }
}
