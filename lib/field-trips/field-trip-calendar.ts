import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { buildCalendar, type CalendarEvent } from "@/lib/calendar/ics";
import type { FieldTripStatus } from "@/lib/generated/prisma/enums";
import { getFieldTrip } from "./find-field-trips";

type FieldTripWithSlot = Awaited<ReturnType<typeof getFieldTrip>>;

/** How a booking shows in a calendar: pending is tentative, a visit that takes or took place is confirmed. */
const CALENDAR_STATUS: Record<FieldTripStatus, NonNullable<CalendarEvent["status"]>> = {
  PENDING: "TENTATIVE",
  CONFIRMED: "CONFIRMED",
  COMPLETED: "CONFIRMED",
  DECLINED: "CANCELLED",
  CANCELLED: "CANCELLED",
  NO_SHOW: "CANCELLED",
};

export const CENTER_LOCATION = "Russian–Pakistani Friendship Center, Islamabad";

/** The `.ics` file for one visit, for whoever may see the booking (its school's coordinators, staff). */
export async function fieldTripCalendar(
  db: Db,
  actor: Actor | null,
  bookingId: string,
  labelsFor: (booking: FieldTripWithSlot) => { title: string; description: string },
) {
  const booking = await getFieldTrip(db, actor, bookingId);
  const labels = labelsFor(booking);
  const ics = buildCalendar(
    [
      {
        uid: `${booking.id}@field-trips.friendship-center`,
        title: labels.title,
        description: labels.description,
        location: CENTER_LOCATION,
        startsAt: booking.slot.startsAt,
        endsAt: booking.slot.endsAt,
        status: CALENDAR_STATUS[booking.status],
      },
    ],
    { name: labels.title },
  );
  return { booking, ics, filename: `${booking.reference}.ics` };
}
