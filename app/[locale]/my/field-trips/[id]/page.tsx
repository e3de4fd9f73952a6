import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { orNotFound } from "@/lib/http/or-not-found";
import { requireActor } from "@/lib/auth/session.server";
import type { Actor } from "@/lib/auth/actor";
import { getFieldTrip } from "@/lib/field-trips/find-field-trips";
import { allowedActions, changesClosedForSchool, mayManageAllBookings } from "@/lib/field-trips/policy";
import { CHANGES_CLOSE_DAYS_BEFORE } from "@/lib/field-trips/rules";
import { Link, redirect } from "@/lib/i18n/navigation";
import { FormAlert } from "@/components/ui/form-alert";
import { CardSection } from "@/components/ui/section";
import { PrintButton } from "@/components/field-trips/print-button";
import { HeadcountForm } from "@/components/field-trips/headcount-form";
import { CancelBookingForm } from "@/components/field-trips/cancel-booking-form";
import { BookingCard } from "@/components/field-trips/booking-card";
import { bookingHref } from "@/components/field-trips/booking-cells";

/** Per request (ADR 0007). */
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("fieldTrips.confirmation");
  return { title: t("title") };
}

const loadBooking = (actor: Actor, id: string) => orNotFound(getFieldTrip(getDb(), actor, id));

/** A school's booking: its confirmation to print, and the changes its coordinators may still make. */
export default async function MyFieldTripPage({ params, searchParams }: PageProps<"/[locale]/my/field-trips/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { booked } = await searchParams;
  const actor = await requireActor(`/my/field-trips/${id}`);
  // Staff manage bookings in the back office, where every action they may take is offered.
  if (mayManageAllBookings(actor)) redirect({ href: bookingHref(id, "staff"), locale });
  const booking = await loadBooking(actor, id);
  const t = await getTranslations("fieldTrips");
  const now = new Date();
  const actions = allowedActions(actor, booking, now);

  return (
    <div className="space-y-8">
      {booked === "1" && <FormAlert tone="success" message={t("confirmation.bookedNotice")} />}

      <BookingCard booking={booking} view="school">
        <PrintButton label={t("confirmation.print")} />
        <a href={`/api/v1/field-trips/${booking.id}/calendar.ics`} className="font-semibold text-brand-700 underline hover:text-brand-800">
          {t("confirmation.downloadIcs")}
        </a>
        <Link href="/my/field-trips" className="text-slate-700 underline">
          {t("confirmation.allBookings")}
        </Link>
      </BookingCard>

      {(actions.includes("changeHeadcount") || actions.includes("cancel")) && (
        <div className="no-print grid gap-6 md:grid-cols-2">
          {actions.includes("changeHeadcount") && (
            <CardSection headingId="headcount-heading" title={t("my.headcountTitle")} lead={t("my.headcountHelp", { days: CHANGES_CLOSE_DAYS_BEFORE })}>
              <HeadcountForm bookingId={booking.id} students={booking.students} chaperones={booking.chaperones} />
            </CardSection>
          )}
          {actions.includes("cancel") && (
            <CardSection headingId="cancel-heading" title={t("my.cancelTitle")}>
              <CancelBookingForm bookingId={booking.id} />
            </CardSection>
          )}
        </div>
      )}
      {changesClosedForSchool(booking, now) && <p className="no-print text-slate-700">{t("my.changesClosed", { days: CHANGES_CLOSE_DAYS_BEFORE })}</p>}
    </div>
  );
}
