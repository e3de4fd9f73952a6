import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { can } from "@/lib/auth/authorize";
import { requireActor } from "@/lib/auth/session.server";
import { listMyFieldTrips } from "@/lib/field-trips/find-field-trips";
import { FIELD_TRIP_PERMISSIONS, bookingEntry } from "@/lib/field-trips/policy";
import { MyFieldTripsQuerySchema } from "@/lib/field-trips/schemas";
import { parseInput } from "@/lib/validation";
import { withQueryFallback } from "@/lib/http/query-fallback";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/catalogue/page-heading";
import { FormAlert } from "@/components/ui/form-alert";
import { DataTable, HeaderCell, SortableHeaderCell, TableHead } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import type { ListLocation } from "@/components/ui/list-query";
import { LocalizedText } from "@/components/ui/localized-text";
import { BookingStatusBadge } from "@/components/field-trips/booking-status-badge";
import { BookingReferenceLink, VisitTime } from "@/components/field-trips/booking-cells";
import { BookingFilterForm } from "@/components/field-trips/booking-filter-form";

/** Per request (ADR 0007). */
export const dynamic = "force-dynamic";

const PATHNAME = "/my/field-trips";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("fieldTrips.my");
  return { title: t("title") };
}

/** The bookings of the coordinator's schools (whoever of the school made them), paged, sorted and filtered in the URL. */
export default async function MyFieldTripsPage({ params, searchParams }: PageProps<"/[locale]/my/field-trips">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(PATHNAME);
  const t = await getTranslations("fieldTrips");
  const tAll = await getTranslations();

  if (!can(actor, FIELD_TRIP_PERMISSIONS.readOwn)) {
    // A coordinator awaiting verification is told to wait, not refused.
    if (bookingEntry(actor) !== "awaitVerification") forbidden();
    return (
      <div>
        <PageHeading title={t("my.title")} />
        <div role="status" className="rounded border-s-4 border-amber-600 bg-amber-50 p-4 text-amber-950">
          {tAll("errors.verificationPending")}
        </div>
      </div>
    );
  }

  const raw = await searchParams;
  const { result: query, invalidQuery } = await withQueryFallback(
    async () => parseInput(MyFieldTripsQuerySchema, raw),
    async () => parseInput(MyFieldTripsQuerySchema, {}),
  );
  const bookings = await listMyFieldTrips(getDb(), actor, query, query);
  const list: ListLocation = { pathname: PATHNAME, query: raw, sort: query.sort, dir: query.dir };
  const filtered = Boolean(query.status || query.from || query.to);
  const count = t("my.count", { count: bookings.total });

  return (
    <div className="space-y-6">
      <PageHeading title={t("my.title")} lead={t("my.lead")} />
      <p className="text-sm text-slate-600">{t("timeZoneNote")}</p>
      {invalidQuery && <FormAlert message={t("catalogue.invalidFilter")} />}
      {(bookings.total > 0 || filtered) && <BookingFilterForm label={t("my.filterLabel")} filter={query} resetHref={PATHNAME} keep={query} />}
      {bookings.total === 0 ? (
        <div className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">
          <p>{filtered ? t("my.noMatch") : t("my.empty")}</p>
          <Link href="/field-trips" className="mt-3 inline-block font-semibold text-brand-700 underline">
            {t("my.browse")}
          </Link>
        </div>
      ) : bookings.rows.length === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{tAll("paging.emptyPage")}</p>
      ) : (
        <DataTable caption={t("my.caption", { page: bookings.page, pageCount: bookings.pageCount })} density="comfortable">
          <TableHead>
            <SortableHeaderCell column="reference" list={list}>
              {t("fields.reference")}
            </SortableHeaderCell>
            <HeaderCell>{t("fields.exhibition")}</HeaderCell>
            <SortableHeaderCell column="startsAt" list={list} firstDirection="desc">
              {t("fields.dateTime")}
            </SortableHeaderCell>
            <HeaderCell>{t("fields.group")}</HeaderCell>
            <SortableHeaderCell column="status" list={list}>
              {t("fields.status")}
            </SortableHeaderCell>
          </TableHead>
          <tbody>
            {bookings.rows.map((booking) => (
              <tr key={booking.id} className="border-t border-slate-100">
                <th scope="row" className="text-start">
                  <BookingReferenceLink bookingId={booking.id} reference={booking.reference} view="school" />
                </th>
                <td>
                  <LocalizedText record={booking.slot.exhibition} field="title" />
                </td>
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
      {bookings.total > 0 && <Pagination id="my-bookings" page={bookings} pathname={PATHNAME} query={raw} label={t("my.pagesLabel")} totalLabel={count} />}
    </div>
  );
}
