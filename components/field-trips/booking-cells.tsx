import { useLocale } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { formatFor } from "@/lib/i18n/format";

/** Where a booking opens for the reader: staff manage it in the back office, a school on its own page. */
export type BookingView = "school" | "staff";

export function bookingHref(bookingId: string, view: BookingView): string {
  return view === "staff" ? `/admin/field-trips/${bookingId}` : `/my/field-trips/${bookingId}`;
}

/** A booking's reference, linking to the page where the reader can see and act on it. */
export function BookingReferenceLink({ bookingId, reference, view }: { bookingId: string; reference: string; view: BookingView }) {
  return (
    <Link href={bookingHref(bookingId, view)} className="font-mono font-semibold whitespace-nowrap text-brand-700 underline">
      {reference}
    </Link>
  );
}

/** When a booked visit starts, as a list of bookings shows it. */
export function VisitTime({ startsAt }: { startsAt: Date }) {
  const format = formatFor(useLocale());
  return <time dateTime={startsAt.toISOString()}>{format.dateTime(startsAt)}</time>;
}
