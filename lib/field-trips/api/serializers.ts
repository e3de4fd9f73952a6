import type { Exhibit, Exhibition, FieldTripBooking, VisitSlot } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/locales";
import { translated } from "@/lib/i18n/translated";
import { allowedActions, slotAvailability } from "../policy";
import { bookingWindow } from "../rules";
import type { BookingJson, ExhibitJson, ExhibitionDetailJson, ExhibitionListItemJson, SlotJson } from "./response-schemas";

/**
 * Records as the JSON API shows them, typed by the response schemas: an explicit allow-list, so a
 * column added to the database never reaches clients by accident. Content comes in the request's
 * language; what a caller may do comes from the policy.
 */

/** Who is reading, in which language, and when: what a serialized record depends on. */
export interface Reader {
  locale: Locale;
  actor: Actor | null;
  now: Date;
}

function exhibitionFields(exhibition: Exhibition, locale: Locale) {
  return {
    id: exhibition.id,
    slug: exhibition.slug,
    era: exhibition.era,
    title: translated(exhibition, "title", locale),
    summary: translated(exhibition, "summary", locale),
    description: translated(exhibition, "description", locale),
    ageMin: exhibition.ageMin,
    ageMax: exhibition.ageMax,
    durationMinutes: exhibition.durationMinutes,
    tourLanguages: exhibition.tourLanguages as ExhibitionListItemJson["tourLanguages"],
    minGroupSize: exhibition.minGroupSize,
    maxGroupSize: exhibition.maxGroupSize,
  };
}

export function serializeExhibitionListItem(exhibition: Exhibition & { _count: { exhibits: number } }, locale: Locale): ExhibitionListItemJson {
  return { ...exhibitionFields(exhibition, locale), exhibitCount: exhibition._count.exhibits };
}

export function serializeExhibit(exhibit: Exhibit, locale: Locale): ExhibitJson {
  return {
    id: exhibit.id,
    position: exhibit.position,
    invention: translated(exhibit, "invention", locale),
    inventor: translated(exhibit, "inventor", locale),
    year: exhibit.year,
    story: translated(exhibit, "story", locale),
  };
}

export function serializeExhibitionDetail(exhibition: Exhibition & { exhibits: Exhibit[] }, locale: Locale): ExhibitionDetailJson {
  return { ...exhibitionFields(exhibition, locale), exhibits: exhibition.exhibits.map((exhibit) => serializeExhibit(exhibit, locale)) };
}

/** A visit slot as bookers see it: places left and whether it takes a booking now, per the policy. */
export function serializeSlot(slot: Pick<VisitSlot, "id" | "startsAt" | "endsAt" | "status" | "capacity" | "bookedCount">, now: Date): SlotJson {
  const availability = slotAvailability(slot, now);
  return {
    id: slot.id,
    startsAt: slot.startsAt.toISOString(),
    endsAt: slot.endsAt.toISOString(),
    remaining: availability.remaining,
    bookingWindow: bookingWindow(slot.startsAt, now),
    bookable: availability.bookable,
  };
}

/** What every booking service returns with the booking (`BOOKING_WITH_SLOT`). */
export interface BookingRecord extends FieldTripBooking {
  slot: Pick<VisitSlot, "id" | "startsAt" | "endsAt"> & { exhibition: { id: string; slug: string; title: string; translations: unknown } };
  coordinator?: { name: string; email: string };
}

/**
 * A booking for its school's coordinators or staff, with its slot and the actions the reader may take
 * now. `coordinator` only where the service loaded it for someone entitled to it, never their phone.
 */
export function serializeBooking(booking: BookingRecord, { locale, actor, now }: Reader): BookingJson {
  const { slot, coordinator } = booking;
  return {
    id: booking.id,
    reference: booking.reference,
    status: booking.status,
    declineReason: booking.declineReason,
    slotId: booking.slotId,
    schoolId: booking.schoolId,
    schoolName: booking.schoolName,
    gradeBand: booking.gradeBand,
    students: booking.students,
    chaperones: booking.chaperones,
    tourLanguage: booking.tourLanguage as BookingJson["tourLanguage"],
    specialNeeds: booking.specialNeeds,
    lunchRoom: booking.lunchRoom,
    createdAt: booking.createdAt.toISOString(),
    updatedAt: booking.updatedAt.toISOString(),
    slot: {
      id: slot.id,
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
      exhibition: { id: slot.exhibition.id, slug: slot.exhibition.slug, title: translated(slot.exhibition, "title", locale) },
    },
    ...(coordinator ? { coordinator: { name: coordinator.name, email: coordinator.email } } : {}),
    actions: allowedActions(actor, booking, now),
  };
}
