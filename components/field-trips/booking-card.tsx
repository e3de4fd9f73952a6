import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FieldTripStatus, type GradeBand } from "@/lib/generated/prisma/enums";
import { formatFor } from "@/lib/i18n/format";
import { endonymOf } from "@/lib/i18n/locales";
import { LocalizedText } from "@/components/ui/localized-text";
import { BookingStatusBadge } from "./booking-status-badge";

/** What a booking's page shows of it; `getFieldTrip` returns this and more. */
export interface BookingCardData {
  id: string;
  reference: string;
  status: FieldTripStatus;
  schoolName: string;
  gradeBand: GradeBand;
  students: number;
  chaperones: number;
  tourLanguage: string;
  specialNeeds: string | null;
  lunchRoom: boolean;
  declineReason: string | null;
  createdAt: Date;
  slot: { startsAt: Date; endsAt: Date; exhibition: { title: string; translations: unknown } };
  school?: { name: string; city: string | null } | null;
  coordinator?: { name: string; email: string; phone: string | null };
}

interface Detail {
  key: string;
  label: string;
  value: ReactNode;
}

/**
 * A booking as one printable card: reference, status and every detail. The school's view explains
 * the status to the coordinator; the staff view adds who booked it and how to reach them.
 * `children` holds the links under it (print, calendar file, back to the list).
 */
export function BookingCard({ booking, view, children }: { booking: BookingCardData; view: "school" | "staff"; children: ReactNode }) {
  const t = useTranslations("fieldTrips");
  const format = formatFor(useLocale());
  const details: Detail[] = [
    { key: "exhibition", label: t("fields.exhibition"), value: <LocalizedText record={booking.slot.exhibition} field="title" /> },
    {
      key: "dateTime",
      label: t("fields.dateTime"),
      value: (
        <>
          <time dateTime={booking.slot.startsAt.toISOString()}>{format.dateTimeRange(booking.slot.startsAt, booking.slot.endsAt)}</time>
          <span className="block text-sm font-normal text-slate-600">{t("islamabadTime")}</span>
        </>
      ),
    },
    {
      key: "school",
      label: t("fields.school"),
      value: (
        <>
          {booking.school?.name ?? booking.schoolName}
          {view === "staff" && booking.school?.city && <span className="block text-sm font-normal text-slate-600">{booking.school.city}</span>}
        </>
      ),
    },
    { key: "gradeBand", label: t("fields.gradeBand"), value: t(`gradeBand.${booking.gradeBand}`) },
    { key: "students", label: t("fields.students"), value: format.number(booking.students) },
    { key: "chaperones", label: t("fields.chaperones"), value: format.number(booking.chaperones) },
    { key: "tourLanguage", label: t("fields.tourLanguage"), value: <span lang={booking.tourLanguage}>{endonymOf(booking.tourLanguage)}</span> },
    { key: "specialNeeds", label: t("fields.specialNeeds"), value: booking.specialNeeds || t("confirmation.none") },
    { key: "lunchRoom", label: t("fields.lunchRoom"), value: booking.lunchRoom ? t("confirmation.lunchRoomYes") : t("confirmation.lunchRoomNo") },
  ];
  if (booking.status === FieldTripStatus.DECLINED && booking.declineReason) details.push({ key: "declineReason", label: t("fields.declineReason"), value: booking.declineReason });
  if (view === "staff" && booking.coordinator) {
    const { name, email, phone } = booking.coordinator;
    details.push(
      { key: "coordinator", label: t("fields.coordinator"), value: name },
      {
        key: "contact",
        label: t("fields.contact"),
        value: (
          <>
            <a href={`mailto:${email}`} className="block text-brand-700 underline">
              <bdi dir="ltr">{email}</bdi>
            </a>
            {phone && (
              <a href={`tel:${phone}`} className="block text-brand-700 underline">
                <bdi dir="ltr">{phone}</bdi>
              </a>
            )}
          </>
        ),
      },
      { key: "bookedAt", label: t("fields.bookedAt"), value: <time dateTime={booking.createdAt.toISOString()}>{format.dateTime(booking.createdAt)}</time> },
    );
  }

  return (
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
      {view === "school" && <p className="mt-4 text-slate-700">{t(`confirmation.statusExplanation.${booking.status}`)}</p>}
      <dl className="mt-6 grid gap-x-8 gap-y-4 sm:grid-cols-2">
        {details.map((item) => (
          <div key={item.key}>
            <dt className="text-sm text-slate-600">{item.label}</dt>
            <dd className="font-medium whitespace-pre-line">{item.value}</dd>
          </div>
        ))}
      </dl>
      <div className="no-print mt-8 flex flex-wrap items-center gap-4">{children}</div>
    </article>
  );
}
