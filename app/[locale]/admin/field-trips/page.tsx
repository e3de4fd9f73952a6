import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requirePagePermission } from "@/lib/auth/session.server";
import { listFieldTripBookings } from "@/lib/field-trips/find-field-trips";
import { listExhibitionChoices } from "@/lib/field-trips/list-exhibition-choices";
import { BookingFilterSchema, type BookingFilter } from "@/lib/field-trips/schemas";
import { parseInput } from "@/lib/validation";
import { withQueryFallback } from "@/lib/http/query-fallback";
import { FormAlert } from "@/components/ui/form-alert";
import { Field, controlClass } from "@/components/ui/field";
import { FilterActions, FilterSelect } from "@/components/ui/filter-form";
import { DataTable, HeaderCell, TableHead } from "@/components/ui/data-table";
import { translated } from "@/lib/i18n/translated";
import type { Locale } from "@/lib/i18n/locales";
import { BookingStatusBadge } from "@/components/field-trips/booking-status-badge";
import { ReviewBookingActions } from "@/components/field-trips/review-booking-actions";
import { BookingReferenceLink, VisitTime } from "@/components/field-trips/booking-cells";

const STATUSES = ["PENDING", "CONFIRMED", "DECLINED", "CANCELLED", "COMPLETED", "NO_SHOW"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.fieldTrips.queue");
  return { title: t("title") };
}

export default async function FieldTripQueuePage({ params, searchParams }: PageProps<"/[locale]/admin/field-trips">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const db = getDb();
  const actor = await requirePagePermission("manage:fieldTrip:any", "/admin/field-trips");
  const query = await searchParams;
  const { result: filter, invalidQuery } = await withQueryFallback(
    async () => parseInput(BookingFilterSchema, query),
    async () => ({}) as BookingFilter,
  );
  const [bookings, exhibitions] = await Promise.all([listFieldTripBookings(db, actor, filter), listExhibitionChoices(db, actor)]);
  const now = new Date();

  const exportQuery = new URLSearchParams({ format: "csv" });
  for (const [key, value] of Object.entries(filter)) if (value) exportQuery.set(key, value);

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("admin.fieldTrips.queue.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("fieldTrips.timeZoneNote")}</p>
        </div>
        <a href={`/api/v1/field-trips?${exportQuery.toString()}`} className="no-print rounded border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-800 hover:bg-slate-100">
          {t("admin.fieldTrips.queue.exportCsv")}
        </a>
      </header>
      {invalidQuery && <FormAlert message={t("fieldTrips.catalogue.invalidFilter")} />}

      <form method="get" className="no-print grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-5 sm:items-end" aria-label={t("admin.fieldTrips.queue.filterLabel")}>
        <FilterSelect
          id="filter-status"
          name="status"
          label={t("fieldTrips.fields.status")}
          defaultValue={filter.status ?? ""}
          anyLabel={t("common.all")}
          options={STATUSES.map((status) => ({ value: status, label: t(`fieldTrips.status.${status}`) }))}
        />
        <Field id="filter-from" label={t("common.from")}>
          <input id="filter-from" name="from" type="date" defaultValue={filter.from} className={controlClass} />
        </Field>
        <Field id="filter-to" label={t("common.to")}>
          <input id="filter-to" name="to" type="date" defaultValue={filter.to} className={controlClass} />
        </Field>
        <FilterSelect
          id="filter-exhibition"
          name="exhibitionId"
          label={t("fieldTrips.fields.exhibition")}
          defaultValue={filter.exhibitionId ?? ""}
          anyLabel={t("common.all")}
          options={exhibitions.map((exhibition) => ({ value: exhibition.id, label: translated(exhibition, "title", locale as Locale) }))}
        />
        <FilterActions applyLabel={t("common.filter")} resetLabel={t("common.reset")} resetHref="/admin/field-trips" />
      </form>

      <p className="text-sm text-slate-600">{t("admin.fieldTrips.queue.count", { count: bookings.length })}</p>
      {bookings.length === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t("admin.fieldTrips.queue.empty")}</p>
      ) : (
        <DataTable caption={t("admin.fieldTrips.queue.title")}>
          <TableHead>
            <HeaderCell>{t("fieldTrips.fields.reference")}</HeaderCell>
            <HeaderCell>{t("fieldTrips.fields.exhibition")}</HeaderCell>
            <HeaderCell>{t("fieldTrips.fields.dateTime")}</HeaderCell>
            <HeaderCell>{t("fieldTrips.fields.school")}</HeaderCell>
            <HeaderCell>{t("fieldTrips.fields.gradeBand")}</HeaderCell>
            <HeaderCell align="end">{t("admin.fieldTrips.queue.people")}</HeaderCell>
            <HeaderCell>{t("fieldTrips.fields.status")}</HeaderCell>
            <HeaderCell>{t("admin.fieldTrips.queue.coordinator")}</HeaderCell>
            <HeaderCell className="no-print">{t("admin.fieldTrips.queue.actions")}</HeaderCell>
          </TableHead>
          <tbody>
            {bookings.map((booking) => (
              <tr key={booking.id} className="border-t border-slate-100 align-top">
                <th scope="row" className="text-start">
                  <BookingReferenceLink bookingId={booking.id} reference={booking.reference} />
                </th>
                <td>{translated(booking.slot.exhibition, "title", locale as Locale)}</td>
                <td>
                  <VisitTime startsAt={booking.slot.startsAt} />
                </td>
                <td>{booking.schoolName}</td>
                <td>{t(`fieldTrips.gradeBand.${booking.gradeBand}`)}</td>
                <td className="text-end tabular-nums">{t("admin.fieldTrips.queue.peopleValue", { students: booking.students, chaperones: booking.chaperones })}</td>
                <td>
                  <BookingStatusBadge status={booking.status} label={t(`fieldTrips.status.${booking.status}`)} />
                </td>
                <td>
                  {booking.coordinator.name}
                  <span className="block text-slate-600">{booking.coordinator.email}</span>
                  {booking.coordinator.phone && <span className="block text-slate-600">{booking.coordinator.phone}</span>}
                </td>
                <td className="no-print">
                  <ReviewBookingActions bookingId={booking.id} reference={booking.reference} status={booking.status} visitStarted={booking.slot.startsAt <= now} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}
