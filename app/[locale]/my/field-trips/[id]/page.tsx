import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { orNotFound } from "@/lib/http/or-not-found";
import { requireActor } from "@/lib/auth/session.server";
import type { Actor } from "@/lib/auth/actor";
import { getFieldTrip } from "@/lib/field-trips/find-field-trips";
import { changesAllowed } from "@/lib/field-trips/rules";
import { translated } from "@/lib/i18n/translated";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { FormAlert } from "@/components/ui/form-alert";
import { CardSection } from "@/components/ui/section";
import { BookingStatusBadge } from "@/components/field-trips/booking-status-badge";
import { PrintButton } from "@/components/field-trips/print-button";
import { HeadcountForm } from "@/components/field-trips/headcount-form";
import { CancelBookingForm } from "@/components/field-trips/cancel-booking-form";
import { endonymOf } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("fieldTrips.confirmation");
  return { title: t("title") };
}

const loadBooking = (actor: Actor, id: string) => orNotFound(getFieldTrip(getDb(), actor, id));

export default async function MyFieldTripPage({ params, searchParams }: PageProps<"/[locale]/my/field-trips/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { booked } = await searchParams;
  const actor = await requireActor(`/my/field-trips/${id}`);
  const booking = await loadBooking(actor, id);
  const t = await getTranslations("fieldTrips");
  const format = await getFormatter();
  const exhibitionTitle = translated(booking.slot.exhibition, "title", locale as Locale);
  const changeable = (booking.status === "PENDING" || booking.status === "CONFIRMED") && changesAllowed(booking.slot.startsAt, new Date());

  const details: { label: string; value: string }[] = [
    { label: t("fields.exhibition"), value: exhibitionTitle },
    {
      label: t("fields.dateTime"),
      value: `${format.dateTimeRange(booking.slot.startsAt, booking.slot.endsAt, { dateStyle: "full", timeStyle: "short" })} · ${t("islamabadTime")}`,
    },
    { label: t("fields.school"), value: booking.schoolName },
    { label: t("fields.gradeBand"), value: t(`gradeBand.${booking.gradeBand}`) },
    { label: t("fields.students"), value: format.number(booking.students) },
    { label: t("fields.chaperones"), value: format.number(booking.chaperones) },
    { label: t("fields.tourLanguage"), value: endonymOf(booking.tourLanguage) },
    { label: t("fields.specialNeeds"), value: booking.specialNeeds || t("confirmation.none") },
    { label: t("fields.lunchRoom"), value: booking.lunchRoom ? t("confirmation.lunchRoomYes") : t("confirmation.lunchRoomNo") },
  ];
  if (booking.status === "DECLINED" && booking.declineReason) details.push({ label: t("fields.declineReason"), value: booking.declineReason });

  return (
    <div className="space-y-8">
      {booked === "1" && <FormAlert tone="success" message={t("confirmation.bookedNotice")} />}

      <article aria-labelledby="confirmation-title" className="rounded-xl border border-slate-200 bg-white p-6 sm:p-8">
        <header className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 id="confirmation-title" className="text-2xl font-bold">
              {t("confirmation.title")}
            </h1>
            <p className="mt-2 text-sm text-slate-600">{t("fields.reference")}</p>
            <p className="font-mono text-4xl font-bold tracking-wider" data-testid="booking-reference">
              {booking.reference}
            </p>
          </div>
          <div className="text-end">
            <p className="text-sm text-slate-600">{t("fields.status")}</p>
            <p className="mt-1 text-lg" data-testid="booking-status">
              <BookingStatusBadge status={booking.status} label={t(`status.${booking.status}`)} />
            </p>
          </div>
        </header>
        <p className="mt-4 text-slate-700">{t(`confirmation.statusExplanation.${booking.status}`)}</p>
        <dl className="mt-6 grid gap-x-8 gap-y-4 sm:grid-cols-2">
          {details.map((item) => (
            <div key={item.label}>
              <dt className="text-sm text-slate-600">{item.label}</dt>
              <dd className="font-medium whitespace-pre-line">{item.value}</dd>
            </div>
          ))}
        </dl>
        <div className="no-print mt-8 flex flex-wrap items-center gap-4">
          <PrintButton label={t("confirmation.print")} />
          <a href={`/api/v1/field-trips/${booking.id}/calendar.ics`} className="font-semibold text-brand-700 underline hover:text-brand-800">
            {t("confirmation.downloadIcs")}
          </a>
          <Link href="/my/field-trips" className="text-slate-700 underline">
            {t("confirmation.allBookings")}
          </Link>
        </div>
      </article>

      {changeable && (
        <div className="no-print grid gap-6 md:grid-cols-2">
          <CardSection headingId="headcount-heading" title={t("my.headcountTitle")} lead={t("my.headcountHelp")}>
            <HeadcountForm bookingId={booking.id} students={booking.students} chaperones={booking.chaperones} />
          </CardSection>
          <CardSection headingId="cancel-heading" title={t("my.cancelTitle")}>
            <CancelBookingForm bookingId={booking.id} />
          </CardSection>
        </div>
      )}
      {!changeable && (booking.status === "PENDING" || booking.status === "CONFIRMED") && (
        <p className="no-print text-slate-700">{t("my.changesClosed")}</p>
      )}
    </div>
  );
}
