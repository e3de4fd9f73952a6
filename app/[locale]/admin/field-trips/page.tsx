import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { can } from "@/lib/auth/authorize";
import { requirePagePermission } from "@/lib/auth/session.server";
import { listFieldTripBookings } from "@/lib/field-trips/find-field-trips";
import { listExhibitionChoices } from "@/lib/field-trips/list-exhibition-choices";
import { FieldTripBookingsQuerySchema } from "@/lib/field-trips/schemas";
import { FIELD_TRIP_PERMISSIONS, allowedActions } from "@/lib/field-trips/policy";
import { parseInput } from "@/lib/validation";
import { withQueryFallback } from "@/lib/http/query-fallback";
import { translated } from "@/lib/i18n/translated";
import type { Locale } from "@/lib/i18n/locales";
import { FormAlert } from "@/components/ui/form-alert";
import { DataTable, HeaderCell, SortableHeaderCell, TableHead } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { LocalizedText } from "@/components/ui/localized-text";
import { toSearch, withQuery, type ListLocation } from "@/components/ui/list-query";
import { BookingStatusBadge } from "@/components/field-trips/booking-status-badge";
import { ReviewBookingActions } from "@/components/field-trips/review-booking-actions";
import { BookingReferenceLink, VisitTime } from "@/components/field-trips/booking-cells";
import { BookingFilterForm } from "@/components/field-trips/booking-filter-form";

const PATHNAME = "/admin/field-trips";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.fieldTrips.queue");
  return { title: t("title") };
}

export default async function FieldTripQueuePage({ params, searchParams }: PageProps<"/[locale]/admin/field-trips">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const db = getDb();
  const actor = await requirePagePermission(FIELD_TRIP_PERMISSIONS.manageAny, PATHNAME);
  const raw = await searchParams;
  const { result: query, invalidQuery } = await withQueryFallback(
    async () => parseInput(FieldTripBookingsQuerySchema, raw),
    async () => parseInput(FieldTripBookingsQuerySchema, {}),
  );
  const [bookings, exhibitions] = await Promise.all([listFieldTripBookings(db, actor, query, query), listExhibitionChoices(db, actor)]);
  const now = new Date();
  const list: ListLocation = { pathname: PATHNAME, query: raw, sort: query.sort, dir: query.dir };
  // The export is the list as filtered and sorted here, every page of it.
  const exportSearch = toSearch(
    withQuery({ status: query.status, from: query.from, to: query.to, exhibitionId: query.exhibitionId, sort: query.sort, dir: query.dir }, { format: "csv" }),
  );
  const count = t("admin.fieldTrips.queue.count", { count: bookings.total });

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("admin.fieldTrips.queue.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("fieldTrips.timeZoneNote")}</p>
        </div>
        {can(actor, FIELD_TRIP_PERMISSIONS.export) && (
          <a href={`/api/v1/field-trips?${exportSearch}`} className="no-print rounded border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-800 hover:bg-slate-100">
            {t("admin.fieldTrips.queue.exportCsv")}
          </a>
        )}
      </header>
      {invalidQuery && <FormAlert message={t("fieldTrips.catalogue.invalidFilter")} />}

      <BookingFilterForm
        label={t("admin.fieldTrips.queue.filterLabel")}
        filter={query}
        resetHref={PATHNAME}
        keep={query}
        exhibitions={exhibitions.map((exhibition) => ({ value: exhibition.id, label: translated(exhibition, "title", locale as Locale) }))}
      />

      {bookings.rows.length === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t(bookings.total === 0 ? "admin.fieldTrips.queue.empty" : "paging.emptyPage")}</p>
      ) : (
        <DataTable caption={t("admin.fieldTrips.queue.caption", { page: bookings.page, pageCount: bookings.pageCount })}>
          <TableHead>
            <SortableHeaderCell column="reference" list={list}>
              {t("fieldTrips.fields.reference")}
            </SortableHeaderCell>
            <HeaderCell>{t("fieldTrips.fields.exhibition")}</HeaderCell>
            <SortableHeaderCell column="startsAt" list={list}>
              {t("fieldTrips.fields.dateTime")}
            </SortableHeaderCell>
            <SortableHeaderCell column="school" list={list}>
              {t("fieldTrips.fields.school")}
            </SortableHeaderCell>
            <HeaderCell>{t("fieldTrips.fields.gradeBand")}</HeaderCell>
            <HeaderCell align="end">{t("admin.fieldTrips.queue.people")}</HeaderCell>
            <SortableHeaderCell column="status" list={list}>
              {t("fieldTrips.fields.status")}
            </SortableHeaderCell>
            <HeaderCell>{t("admin.fieldTrips.queue.coordinator")}</HeaderCell>
            <HeaderCell className="no-print">{t("admin.fieldTrips.queue.actions")}</HeaderCell>
          </TableHead>
          <tbody>
            {bookings.rows.map((booking) => (
              <tr key={booking.id} className="border-t border-slate-100 align-top">
                <th scope="row" className="text-start">
                  <BookingReferenceLink bookingId={booking.id} reference={booking.reference} view="staff" />
                </th>
                <td>
                  <LocalizedText record={booking.slot.exhibition} field="title" />
                </td>
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
                  <span className="block text-slate-600">
                    <bdi dir="ltr">{booking.coordinator.email}</bdi>
                  </span>
                  {booking.coordinator.phone && (
                    <span className="block text-slate-600">
                      <bdi dir="ltr">{booking.coordinator.phone}</bdi>
                    </span>
                  )}
                </td>
                <td className="no-print">
                  <ReviewBookingActions bookingId={booking.id} reference={booking.reference} actions={allowedActions(actor, booking, now)} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Pagination
        id="bookings"
        page={bookings}
        pathname={PATHNAME}
        query={raw}
        label={t("admin.fieldTrips.queue.pagesLabel")}
        totalLabel={count}
      />
    </div>
  );
}
