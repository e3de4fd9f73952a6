import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { formatFor } from "@/lib/i18n/format";
import { slotAvailability, type SlotAvailability } from "@/lib/field-trips/policy";
import type { Format } from "@/lib/i18n/format";
import type { SlotStatus } from "@/lib/generated/prisma/enums";
import { ForEntry } from "./booking-entry-scope";

/**
 * What a catalogue offers for one slot, as the policy says: whether the slot takes bookings now
 * (`slotAvailability`) and what the reader may do about it (`bookingEntry`). The page is the same for
 * everyone, so a bookable slot carries each entry's words and `ForEntry` shows the reader's:
 * verified coordinators the booking link, visitors a link that signs them in first and comes back,
 * anyone else the state. Without script, visitors' words show.
 */
export function SlotBookingCell({
  slot,
  exhibitionSlug,
  now,
}: {
  slot: { id: string; status: SlotStatus; startsAt: Date; capacity: number; bookedCount: number };
  exhibitionSlug: string;
  now: Date;
}) {
  const t = useTranslations("fieldTrips.exhibition");
  const format = formatFor(useLocale());
  const availability = slotAvailability(slot, now);
  if (!availability.bookable) return <span className="text-slate-700">{unavailableText(availability, t, format)}</span>;
  const when = format.dateTime(slot.startsAt, { date: "full", time: "short" });
  const href = { pathname: `/field-trips/${exhibitionSlug}/book`, query: { slot: slot.id } };
  const link = "font-semibold text-brand-700 underline hover:text-brand-800";
  return (
    <ForEntry
      variants={{
        book: (
          <Link href={href} className={link} aria-label={t("bookSlotLabel", { when })}>
            {t("bookSlot")}
          </Link>
        ),
        // The booking page sends visitors to sign in and brings them back to this slot.
        signIn: (
          <Link href={href} className={link} aria-label={t("signInToBookLabel", { when })}>
            {t("signInToBook")}
          </Link>
        ),
        none: <span className="text-slate-700">{t("open")}</span>,
      }}
    />
  );
}

type ExhibitionTranslate = (key: "opensOn" | "full" | "bookingClosed", values?: { date: string }) => string;

/** Why a slot takes no bookings, in words: when booking opens, that it is full, or that booking has closed. */
export function unavailableText(availability: Extract<SlotAvailability, { bookable: false }>, t: ExhibitionTranslate, format: Format): string {
  if (availability.reason === "notOpenYet" && availability.opensAt) return t("opensOn", { date: format.date(availability.opensAt) });
  return availability.reason === "full" ? t("full") : t("bookingClosed");
}
