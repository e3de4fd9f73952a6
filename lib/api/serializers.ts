import type { Exhibit, Exhibition, FieldTripBooking } from "@/lib/generated/prisma/client";
import type { SlotWithRemaining } from "@/lib/field-trips/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { translated } from "@/lib/i18n/translated";

/**
 * What the JSON API shows of each record: an explicit allow-list, so a column added to the
 * database never reaches clients by accident. Content comes in the request's language.
 */

/** Public fields of a published exhibition. */
export function serializeExhibition(exhibition: Exhibition & { _count?: { exhibits: number } }, locale: Locale) {
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
    tourLanguages: exhibition.tourLanguages,
    minGroupSize: exhibition.minGroupSize,
    maxGroupSize: exhibition.maxGroupSize,
    ...(exhibition._count ? { exhibitCount: exhibition._count.exhibits } : {}),
  };
}

export function serializeExhibit(exhibit: Exhibit, locale: Locale) {
  return {
    id: exhibit.id,
    position: exhibit.position,
    invention: translated(exhibit, "invention", locale),
    inventor: translated(exhibit, "inventor", locale),
    year: exhibit.year,
    story: translated(exhibit, "story", locale),
  };
}

/** A visit slot as the public sees it: places left, not capacity or booked count. */
export function serializeSlot(slot: Pick<SlotWithRemaining, "id" | "startsAt" | "endsAt" | "remaining" | "window">) {
  return {
    id: slot.id,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    remaining: slot.remaining,
    bookingWindow: slot.window,
  };
}

interface BookingSlot {
  id: string;
  startsAt: Date;
  endsAt: Date;
  exhibition: { id: string; slug: string; title: string; translations: unknown };
}

/**
 * A booking for its coordinator or staff, with its slot; `coordinator` only where the
 * service loaded it for someone entitled to it (the owner or staff), and never their phone.
 */
export function serializeBooking(
  booking: FieldTripBooking & { slot?: BookingSlot; coordinator?: { name: string; email: string } },
  locale: Locale,
) {
  const { slot, coordinator } = booking;
  return {
    id: booking.id,
    reference: booking.reference,
    status: booking.status,
    declineReason: booking.declineReason,
    slotId: booking.slotId,
    schoolName: booking.schoolName,
    gradeBand: booking.gradeBand,
    students: booking.students,
    chaperones: booking.chaperones,
    tourLanguage: booking.tourLanguage,
    specialNeeds: booking.specialNeeds,
    lunchRoom: booking.lunchRoom,
    createdAt: booking.createdAt,
    updatedAt: booking.updatedAt,
    ...(slot
      ? {
          slot: {
            id: slot.id,
            startsAt: slot.startsAt,
            endsAt: slot.endsAt,
            exhibition: { id: slot.exhibition.id, slug: slot.exhibition.slug, title: translated(slot.exhibition, "title", locale) },
          },
        }
      : {}),
    ...(coordinator ? { coordinator: { name: coordinator.name, email: coordinator.email } } : {}),
  };
}

export type BookingJson = ReturnType<typeof serializeBooking>;
