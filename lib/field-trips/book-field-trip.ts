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

/** What booking needs of the exhibition: its rules, and the fields BOOKING_WITH_SLOT shows (not its long texts). */
const BOOKING_EXHIBITION = { id: true, slug: true, title: true, translations: true, published: true, tourLanguages: true, minGroupSize: true, maxGroupSize: true } as const;

/**
 * A verified school coordinator books a visit slot for a group of their school. The booking belongs
 * to the school (its coordinators share it) and starts PENDING, holding its places until staff
 * confirm or decline it.
 *
 * Written for a booking rush (docs/performance.md, "Booking write path"): the reads happen at once,
 * before the transaction; inside it nothing is read back, and the slot row is locked by the last
 * statement before COMMIT, so concurrent bookings of one slot queue for as short a time as possible.
 */
export async function bookFieldTrip(db: Db, actor: Actor | null, input: unknown, now = new Date()) {
  requirePermission(actor, FIELD_TRIP_PERMISSIONS.book);
  const data = parseInput(BookFieldTripSchema, input);
  const school = bookingSchoolOf(actor, data.schoolId);
  if ("refusal" in school) throw schoolRefusalError(school.refusal);

  const [slot, exhibition, organization] = await Promise.all([
    db.visitSlot.findUnique({ where: { id: data.slotId } }),
    db.exhibition.findFirst({ where: { slots: { some: { id: data.slotId } } }, select: BOOKING_EXHIBITION }),
    db.organization.findUnique({ where: { id: school.schoolId }, select: { name: true } }),
  ]);
  if (!slot || !exhibition?.published) throw notFound("fieldTrips.errors.slotNotFound");
  // The school was verified in the actor a moment ago; gone now means deleted in between.
  if (!organization) throw notFound();
  const availability = slotAvailability(slot, now);
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
  if (!exhibition.tourLanguages.includes(data.tourLanguage)) {
    throw invalid("fieldTrips.errors.tourLanguage", {}, [{ path: "tourLanguage", messageKey: "fieldTrips.errors.tourLanguage" }]);
  }
  assertGroupRules(exhibition, { gradeBand: data.gradeBand, students: data.students, chaperones: data.chaperones });
  const headcount = data.students + data.chaperones;
  // Too few places when read is a refusal as of that moment; a group that fits is decided again
  // under the row lock below, where concurrent bookings queue up.
  if (availability.remaining < headcount) throw conflict("fieldTrips.errors.notEnoughPlaces", { remaining: availability.remaining, requested: headcount });

  try {
    return await db.$transaction(async (tx) => {
      const booking = await tx.fieldTripBooking.create({
        data: {
          reference: newReferenceCode(),
          slotId: slot.id,
          schoolId: school.schoolId,
          coordinatorId: actor.id,
          // The school's name as it is today, for the printed confirmation.
          schoolName: organization.name,
          gradeBand: data.gradeBand,
          students: data.students,
          chaperones: data.chaperones,
          tourLanguage: data.tourLanguage,
          specialNeeds: data.specialNeeds,
          lunchRoom: data.lunchRoom,
        },
      });
      await recordAudit(tx, { actor, action: "fieldTrip.book", entity: "FieldTripBooking", entityId: booking.id, after: booking });
      await queueNotification(tx, {
        user: actor,
        template: "fieldTrip.requested",
        payload: { reference: booking.reference, exhibition: translated(exhibition, "title", recipientLocale(actor)), startsAt: slot.startsAt.toISOString() },
      });
      // Last, so the slot row stays locked only until COMMIT; a refusal rolls the rows above back.
      const places = await adjustSlotPlaces(tx, slot.id, headcount, { requireOpen: true });
      if (!places) {
        const current = await tx.visitSlot.findUniqueOrThrow({ where: { id: slot.id } });
        if (current.status !== "OPEN") throw conflict("fieldTrips.errors.slotClosed");
        throw conflict("fieldTrips.errors.notEnoughPlaces", { remaining: current.capacity - current.bookedCount, requested: headcount });
      }
      // The booking as BOOKING_WITH_SLOT shapes it, from rows already in hand rather than read back.
      const { id, slug, title, translations } = exhibition;
      return { ...booking, slot: { ...slot, ...places, exhibition: { id, slug, title, translations } } };
    });
  } catch (error) {
    throw fromDatabaseError(error, "fieldTrips.errors.notEnoughPlaces") ?? error;
  }
}
