import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { conflict, fromDatabaseError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { queueNotification } from "@/lib/notifications/queue-notification";
import { ChangeHeadcountSchema } from "./schemas";
import { refusalOf } from "./policy";
import { refusalError } from "./refusal-error";
import { requireAttempt } from "./require-attempt";
import { assertGroupRules } from "./group-rules";
import { adjustSlotPlaces, lockBooking } from "./slot-places";
import { BOOKING_WITH_SLOT, getFieldTrip } from "./find-field-trips";

/**
 * Changes the students/chaperones of a booking that may still change: a coordinator of the school
 * until the changes deadline, staff at any time (policy.ts). Ratio, group size and places are
 * checked again; the booking's coordinator is told.
 */
export async function changeHeadcount(db: Db, actor: Actor | null, input: unknown, now = new Date()) {
  requireAttempt(actor, "changeHeadcount");
  const data = parseInput(ChangeHeadcountSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await lockBooking(tx, data.bookingId);
      const booking = await getFieldTrip(tx, actor, data.bookingId);
      const refusal = refusalOf(actor, booking, "changeHeadcount", now);
      if (refusal) throw refusalError(refusal, booking);
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
