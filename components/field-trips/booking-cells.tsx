import { useFormatter } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/** A booking's reference, linking to its confirmation page. */
export function BookingReferenceLink({ bookingId, reference }: { bookingId: string; reference: string }) {
  return (
    <Link href={`/my/field-trips/${bookingId}`} className="font-mono font-semibold whitespace-nowrap text-brand-700 underline">
      {reference}
    </Link>
  );
}

/** When a booked visit starts, as a list of bookings shows it. */
export function VisitTime({ startsAt }: { startsAt: Date }) {
  const format = useFormatter();
  return <time dateTime={startsAt.toISOString()}>{format.dateTime(startsAt, { dateStyle: "medium", timeStyle: "short" })}</time>;
}
