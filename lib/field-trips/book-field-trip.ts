import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { conflict, fromDatabaseError, invalid, notFound } from "@/lib/errors";
import type { GradeBand } from "@/lib/generated/prisma/enums";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { queueNotification } from "@/lib/notifications/queue-notification";
import { centerDateOf } from "@/lib/time/center-time";
import { BookFieldTripSchema } from "./schemas";
import { bookingOpensAt, bookingWindow } from "./rules";
import { assertGroupRules } from "./group-rules";
import { adjustSlotPlaces } from "./slot-places";
import { newReferenceCode } from "./reference-code";
import { BOOKING_WITH_SLOT } from "./find-field-trips";

/**
 * A verified school coordinator books a visit slot for a group. The booking starts PENDING and
 * holds its places until staff confirm or decline it.
 */
export async function bookFieldTrip(db: Db, actor: Actor | null, input: unknown, now = new Date()) {
  requirePermission(actor, "book:fieldTrip:own");
  const data = parseInput(BookFieldTripSchema, input);
  const gradeBand = data.gradeBand as GradeBand;

  const slot = await db.visitSlot.findUnique({ where: { id: data.slotId }, include: { exhibition: true } });
  if (!slot || !slot.exhibition.published) throw notFound("fieldTrips.errors.slotNotFound");
  if (slot.status !== "OPEN") throw conflict("fieldTrips.errors.slotClosed");
  const window = bookingWindow(slot.startsAt, now);
  if (window === "notOpenYet") throw invalid("fieldTrips.errors.bookingNotOpenYet", { date: centerDateOf(bookingOpensAt(slot.startsAt)) });
  if (window === "closed") throw invalid("fieldTrips.errors.bookingClosed");
  if (!slot.exhibition.tourLanguages.includes(data.tourLanguage)) {
    throw invalid("fieldTrips.errors.tourLanguage", {}, [{ path: "tourLanguage", messageKey: "fieldTrips.errors.tourLanguage" }]);
  }
  assertGroupRules(slot.exhibition, { gradeBand, students: data.students, chaperones: data.chaperones });
  const headcount = data.students + data.chaperones;

  try {
    return await db.$transaction(async (tx) => {
      if (!(await adjustSlotPlaces(tx, slot.id, headcount, { requireOpen: true }))) {
        const current = await tx.visitSlot.findUniqueOrThrow({ where: { id: slot.id } });
        if (current.status !== "OPEN") throw conflict("fieldTrips.errors.slotClosed");
        throw conflict("fieldTrips.errors.notEnoughPlaces", { remaining: current.capacity - current.bookedCount, requested: headcount });
      }
      const booking = await tx.fieldTripBooking.create({
        data: {
          reference: newReferenceCode(),
          slotId: slot.id,
          coordinatorId: actor.id,
          schoolName: data.schoolName,
          gradeBand,
          students: data.students,
          chaperones: data.chaperones,
          tourLanguage: data.tourLanguage,
          specialNeeds: data.specialNeeds,
          lunchRoom: data.lunchRoom,
        },
        include: BOOKING_WITH_SLOT,
      });
      await recordAudit(tx, { actor, action: "fieldTrip.book", entity: "FieldTripBooking", entityId: booking.id, after: booking });
      await queueNotification(tx, {
        user: actor,
        template: "fieldTrip.requested",
        payload: { reference: booking.reference, exhibition: slot.exhibition.title, startsAt: slot.startsAt.toISOString() },
      });
      return booking;
    });
  } catch (error) {
    throw fromDatabaseError(error, "fieldTrips.errors.notEnoughPlaces") ?? error;
  }
}
