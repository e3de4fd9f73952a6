import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { can } from "@/lib/auth/authorize";
import { requireActor } from "@/lib/auth/session.server";
import { listMyFieldTrips } from "@/lib/field-trips/find-field-trips";
import { translated } from "@/lib/i18n/translated";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/catalogue/page-heading";
import { DataTable, HeaderCell, TableHead } from "@/components/ui/data-table";
import { BookingStatusBadge } from "@/components/field-trips/booking-status-badge";
import { BookingReferenceLink, VisitTime } from "@/components/field-trips/booking-cells";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("fieldTrips.my");
  return { title: t("title") };
}

export default async function MyFieldTripsPage({ params }: PageProps<"/[locale]/my/field-trips">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor("/my/field-trips");
  const t = await getTranslations("fieldTrips");

  // A coordinator awaiting verification is told to wait, not refused.
  if (!can(actor, "read:fieldTrip:own")) {
    if (!actor.pendingRoles.includes("SCHOOL_COORDINATOR")) forbidden();
    const tErrors = await getTranslations("errors");
    return (
      <div>
        <PageHeading title={t("my.title")} />
        <div role="status" className="rounded border-s-4 border-amber-600 bg-amber-50 p-4 text-amber-950">
          {tErrors("verificationPending")}
        </div>
      </div>
    );
  }

  const bookings = await listMyFieldTrips(getDb(), actor);

  return (
    <div>
      <PageHeading title={t("my.title")} lead={t("my.lead")} />
      <p className="mb-4 text-sm text-slate-600">{t("timeZoneNote")}</p>
      {bookings.length === 0 ? (
        <div className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">
          <p>{t("my.empty")}</p>
          <Link href="/field-trips" className="mt-3 inline-block font-semibold text-brand-700 underline">
            {t("my.browse")}
          </Link>
        </div>
      ) : (
        <DataTable caption={t("my.title")} density="comfortable">
          <TableHead>
            <HeaderCell>{t("fields.reference")}</HeaderCell>
            <HeaderCell>{t("fields.exhibition")}</HeaderCell>
            <HeaderCell>{t("fields.dateTime")}</HeaderCell>
            <HeaderCell>{t("fields.group")}</HeaderCell>
            <HeaderCell>{t("fields.status")}</HeaderCell>
          </TableHead>
          <tbody>
            {bookings.map((booking) => (
              <tr key={booking.id} className="border-t border-slate-100">
                <th scope="row" className="text-start">
                  <BookingReferenceLink bookingId={booking.id} reference={booking.reference} />
                </th>
                <td>{translated(booking.slot.exhibition, "title", locale as Locale)}</td>
                <td>
                  <VisitTime startsAt={booking.slot.startsAt} />
                </td>
                <td>
                  {t("my.groupSummary", { students: booking.students, chaperones: booking.chaperones })}
                  <span className="block text-slate-600">{t(`gradeBand.${booking.gradeBand}`)}</span>
                </td>
                <td>
                  <BookingStatusBadge status={booking.status} label={t(`status.${booking.status}`)} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}
