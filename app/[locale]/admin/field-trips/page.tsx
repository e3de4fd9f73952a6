import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requirePagePermission } from "@/lib/auth/session.server";
import { listFieldTripBookings } from "@/lib/field-trips/find-field-trips";
import { listExhibitionChoices } from "@/lib/field-trips/list-exhibition-choices";
import { BookingFilterSchema, type BookingFilter } from "@/lib/field-trips/schemas";
import { parseInput } from "@/lib/validation";
import { withQueryFallback } from "@/lib/http/query-fallback";
import { FormAlert } from "@/components/ui/form";
import { translated } from "@/lib/i18n/translated";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { BookingStatusBadge } from "@/components/field-trips/booking-status-badge";
import { ReviewBookingActions } from "@/components/field-trips/review-booking-actions";

const STATUSES = ["PENDING", "CONFIRMED", "DECLINED", "CANCELLED", "COMPLETED", "NO_SHOW"] as const;
const controlClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.fieldTrips.queue");
  return { title: t("title") };
}

export default async function FieldTripQueuePage({ params, searchParams }: PageProps<"/[locale]/admin/field-trips">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const format = await getFormatter();
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
        <div>
          <label htmlFor="filter-status" className="block text-sm font-medium text-slate-800">
            {t("fieldTrips.fields.status")}
          </label>
          <select id="filter-status" name="status" defaultValue={filter.status ?? ""} className={controlClass}>
            <option value="">{t("common.all")}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`fieldTrips.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-from" className="block text-sm font-medium text-slate-800">
            {t("common.from")}
          </label>
          <input id="filter-from" name="from" type="date" defaultValue={filter.from} className={controlClass} />
        </div>
        <div>
          <label htmlFor="filter-to" className="block text-sm font-medium text-slate-800">
            {t("common.to")}
          </label>
          <input id="filter-to" name="to" type="date" defaultValue={filter.to} className={controlClass} />
        </div>
        <div>
          <label htmlFor="filter-exhibition" className="block text-sm font-medium text-slate-800">
            {t("fieldTrips.fields.exhibition")}
          </label>
          <select id="filter-exhibition" name="exhibitionId" defaultValue={filter.exhibitionId ?? ""} className={controlClass}>
            <option value="">{t("common.all")}</option>
            {exhibitions.map((exhibition) => (
              <option key={exhibition.id} value={exhibition.id}>
                {translated(exhibition, "title", locale as Locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex gap-3">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("common.filter")}
          </button>
          <Link href="/admin/field-trips" className="rounded border border-slate-400 px-4 py-2 text-slate-800 hover:bg-slate-100">
            {t("common.reset")}
          </Link>
        </div>
      </form>

      <p className="text-sm text-slate-600">{t("admin.fieldTrips.queue.count", { count: bookings.length })}</p>
      {bookings.length === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t("admin.fieldTrips.queue.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("admin.fieldTrips.queue.title")}</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-2 text-start">{t("fieldTrips.fields.reference")}</th>
                <th scope="col" className="px-3 py-2 text-start">{t("fieldTrips.fields.exhibition")}</th>
                <th scope="col" className="px-3 py-2 text-start">{t("fieldTrips.fields.dateTime")}</th>
                <th scope="col" className="px-3 py-2 text-start">{t("fieldTrips.fields.school")}</th>
                <th scope="col" className="px-3 py-2 text-start">{t("fieldTrips.fields.gradeBand")}</th>
                <th scope="col" className="px-3 py-2 text-end">{t("admin.fieldTrips.queue.people")}</th>
                <th scope="col" className="px-3 py-2 text-start">{t("fieldTrips.fields.status")}</th>
                <th scope="col" className="px-3 py-2 text-start">{t("admin.fieldTrips.queue.coordinator")}</th>
                <th scope="col" className="no-print px-3 py-2 text-start">{t("admin.fieldTrips.queue.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {bookings.map((booking) => (
                <tr key={booking.id} className="border-t border-slate-100 align-top">
                  <th scope="row" className="px-3 py-2 text-start">
                    <Link href={`/my/field-trips/${booking.id}`} className="font-mono font-semibold whitespace-nowrap text-brand-700 underline">
                      {booking.reference}
                    </Link>
                  </th>
                  <td className="px-3 py-2">{translated(booking.slot.exhibition, "title", locale as Locale)}</td>
                  <td className="px-3 py-2">
                    <time dateTime={booking.slot.startsAt.toISOString()}>{format.dateTime(booking.slot.startsAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                  </td>
                  <td className="px-3 py-2">{booking.schoolName}</td>
                  <td className="px-3 py-2">{t(`fieldTrips.gradeBand.${booking.gradeBand}`)}</td>
                  <td className="px-3 py-2 text-end tabular-nums">{t("admin.fieldTrips.queue.peopleValue", { students: booking.students, chaperones: booking.chaperones })}</td>
                  <td className="px-3 py-2">
                    <BookingStatusBadge status={booking.status} label={t(`fieldTrips.status.${booking.status}`)} />
                  </td>
                  <td className="px-3 py-2">
                    {booking.coordinator.name}
                    <span className="block text-slate-600">{booking.coordinator.email}</span>
                    {booking.coordinator.phone && <span className="block text-slate-600">{booking.coordinator.phone}</span>}
                  </td>
                  <td className="no-print px-3 py-2">
                    <ReviewBookingActions bookingId={booking.id} reference={booking.reference} status={booking.status} visitStarted={booking.slot.startsAt <= now} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
