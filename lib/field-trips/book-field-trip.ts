import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { conflict, fromDatabaseError, invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { translated } from "@/lib/i18n/translated";
import { queueNotification, recipientLocale } from "@/lib/notifications/queue-notification";
import { centerDateOf } from "@/lib/time/center-time";
import { BookFieldTripSchema } from "./schemas";
import { BOOKING_CLOSES_DAYS_BEFORE, BOOKING_OPENS_DAYS_BEFORE } from "./rules";
import { FIELD_TRIP_PERMISSIONS, bookingSchoolOf, slotAvailability } from "./policy";
import { schoolRefusalError } from "./refusal-error";
import { assertGroupRules } from "./group-rules";
import { adjustSlotPlaces } from "./slot-places";
import { newReferenceCode } from "./reference-code";
import { BOOKING_WITH_SLOT } from "./find-field-trips";

/**
 * A verified school coordinator books a visit slot for a group of their school. The booking belongs
 * to the school (its coordinators share it) and starts PENDING, holding its places until staff
 * confirm or decline it.
 */
export async function bookFieldTrip(db: Db, actor: Actor | null, input: unknown, now = new Date()) {
  requirePermission(actor, FIELD_TRIP_PERMISSIONS.book);
  const data = parseInput(BookFieldTripSchema, input);
  const school = bookingSchoolOf(actor, data.schoolId);
  if ("refusal" in school) throw schoolRefusalError(school.refusal);

  const slot = await db.visitSlot.findUnique({ where: { id: data.slotId }, include: { exhibition: true } });
  if (!slot || !slot.exhibition.published) throw notFound("fieldTrips.errors.slotNotFound");
  const availability = slotAvailability(slot, now);
  // A full slot is decided under the row lock below, where concurrent bookings queue up.
  if (!availability.bookable && availability.reason !== "full") {
    switch (availability.reason) {
      case "closed":
        throw conflict("fieldTrips.errors.slotClosed");
      case "notOpenYet":
        throw invalid("fieldTrips.errors.bookingNotOpenYet", { date: centerDateOf(availability.opensAt ?? now), days: BOOKING_OPENS_DAYS_BEFORE });
      case "bookingClosed":
        throw invalid("fieldTrips.errors.bookingClosed", { days: BOOKING_CLOSES_DAYS_BEFORE });
    }
  }
  if (!slot.exhibition.tourLanguages.includes(data.tourLanguage)) {
    throw invalid("fieldTrips.errors.tourLanguage", {}, [{ path: "tourLanguage", messageKey: "fieldTrips.errors.tourLanguage" }]);
  }
  assertGroupRules(slot.exhibition, { gradeBand: data.gradeBand, students: data.students, chaperones: data.chaperones });
  const headcount = data.students + data.chaperones;
  const { name: schoolName } = await db.organization.findUniqueOrThrow({ where: { id: school.schoolId }, select: { name: true } });

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
          schoolId: school.schoolId,
          coordinatorId: actor.id,
          // The school's name as it is today, for the printed confirmation.
          schoolName,
          gradeBand: data.gradeBand,
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
        payload: { reference: booking.reference, exhibition: translated(slot.exhibition, "title", recipientLocale(actor)), startsAt: slot.startsAt.toISOString() },
      });
      return booking;
    });
  } catch (error) {
    throw fromDatabaseError(error, "fieldTrips.errors.notEnoughPlaces") ?? error;
  }
}
