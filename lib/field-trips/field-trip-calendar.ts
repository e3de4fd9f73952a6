import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { buildCalendar } from "@/lib/calendar/ics";
import { getFieldTrip } from "./find-field-trips";

type FieldTripWithSlot = Awaited<ReturnType<typeof getFieldTrip>>;

export const CENTER_LOCATION = "Russian–Pakistani Friendship Center, Islamabad";

/** The `.ics` file for one visit, for its coordinator (or staff). */
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
        status: booking.status === "CONFIRMED" ? "CONFIRMED" : booking.status === "PENDING" ? "TENTATIVE" : "CANCELLED",
      },
    ],
    { name: labels.title },
  );
  return { booking, ics, filename: `${booking.reference}.ics` };
}
