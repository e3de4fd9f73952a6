import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { withQueryFallback } from "@/lib/http/query-fallback";
import { requirePagePermission } from "@/lib/auth/session.server";
import { getDaySheet } from "@/lib/field-trips/day-sheet";
import { formatFor } from "@/lib/i18n/format";
import { FIELD_TRIP_PERMISSIONS } from "@/lib/field-trips/policy";
import { centerDateOf } from "@/lib/time/center-time";
import { FormAlert } from "@/components/ui/form-alert";
import { Field } from "@/components/ui/field";
import { DataTable, HeaderCell, TableHead } from "@/components/ui/data-table";
import { BookingStatusBadge } from "@/components/field-trips/booking-status-badge";
import { PrintButton } from "@/components/field-trips/print-button";
import { BookingReferenceLink } from "@/components/field-trips/booking-cells";
import { LocalizedText } from "@/components/ui/localized-text";
import { endonymOf } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.fieldTrips.daySheet");
  return { title: t("title") };
}

export default async function DaySheetPage({ params, searchParams }: PageProps<"/[locale]/admin/field-trips/day-sheet">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const format = formatFor(locale);
  const db = getDb();
  const actor = await requirePagePermission(FIELD_TRIP_PERMISSIONS.manageAny, "/admin/field-trips/day-sheet");
  const { date: requested } = await searchParams;
  const today = centerDateOf(new Date());

  const { result: sheet, invalidQuery: invalidDate } = await withQueryFallback(
    () => getDaySheet(db, actor, { date: typeof requested === "string" && requested ? requested : today }),
    () => getDaySheet(db, actor, { date: today }),
  );
  const dayLabel = format.calendarDate(sheet.date);

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("admin.fieldTrips.daySheet.title")}</h1>
          <p className="mt-1 text-lg">{dayLabel}</p>
          <p className="text-sm text-slate-600">{t("fieldTrips.timeZoneNote")}</p>
        </div>
        <div className="no-print flex flex-wrap items-end gap-4">
          <form method="get" className="flex items-end gap-2">
            <Field id="day-sheet-date" label={t("admin.fieldTrips.daySheet.date")}>
              <input id="day-sheet-date" name="date" type="date" defaultValue={sheet.date} className="mt-1 block rounded border border-slate-400 bg-white px-3 py-2" />
            </Field>
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
              {t("admin.fieldTrips.daySheet.show")}
            </button>
          </form>
          <PrintButton label={t("admin.fieldTrips.daySheet.print")} />
        </div>
      </header>
      {invalidDate && <FormAlert message={t("validation.date")} />}

      {sheet.bookings.length === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t("admin.fieldTrips.daySheet.empty")}</p>
      ) : (
        <DataTable caption={t("admin.fieldTrips.daySheet.caption", { date: dayLabel })}>
          <TableHead>
            <HeaderCell>{t("admin.fieldTrips.daySheet.time")}</HeaderCell>
            <HeaderCell>{t("fieldTrips.fields.exhibition")}</HeaderCell>
            <HeaderCell>{t("fieldTrips.fields.school")}</HeaderCell>
            <HeaderCell>{t("fieldTrips.fields.reference")}</HeaderCell>
            <HeaderCell>{t("fieldTrips.fields.status")}</HeaderCell>
            <HeaderCell align="end">{t("fieldTrips.fields.students")}</HeaderCell>
            <HeaderCell align="end">{t("fieldTrips.fields.chaperones")}</HeaderCell>
            <HeaderCell>{t("fieldTrips.fields.tourLanguage")}</HeaderCell>
            <HeaderCell>{t("fieldTrips.fields.specialNeeds")}</HeaderCell>
            <HeaderCell>{t("fieldTrips.fields.lunchRoom")}</HeaderCell>
          </TableHead>
          <tbody>
            {sheet.bookings.map((booking) => (
              <tr key={booking.id} className="border-t border-slate-100 align-top">
                <th scope="row" className="text-start">
                  <time dateTime={booking.slot.startsAt.toISOString()}>{format.time(booking.slot.startsAt)}</time>
                </th>
                <td>
                  <LocalizedText record={booking.slot.exhibition} field="title" />
                </td>
                <td>{booking.schoolName}</td>
                <td>
                  <BookingReferenceLink bookingId={booking.id} reference={booking.reference} view="staff" />
                </td>
                <td>
                  <BookingStatusBadge status={booking.status} label={t(`fieldTrips.status.${booking.status}`)} />
                </td>
                <td className="text-end tabular-nums">{format.number(booking.students)}</td>
                <td className="text-end tabular-nums">{format.number(booking.chaperones)}</td>
                <td lang={booking.tourLanguage}>{endonymOf(booking.tourLanguage)}</td>
                <td className="whitespace-pre-line">{booking.specialNeeds ?? "—"}</td>
                <td>{booking.lunchRoom ? t("common.yes") : t("common.no")}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-slate-300 bg-slate-50 font-semibold">
            <tr>
              <th scope="row" colSpan={5} className="text-start">
                {t("admin.fieldTrips.daySheet.totals", { groups: sheet.bookings.length })}
              </th>
              <td className="text-end tabular-nums">{format.number(sheet.totals.students)}</td>
              <td className="text-end tabular-nums">{format.number(sheet.totals.chaperones)}</td>
              <td />
              <td />
              <td>{t("admin.fieldTrips.daySheet.lunchRooms", { count: sheet.totals.lunchRooms })}</td>
            </tr>
          </tfoot>
        </DataTable>
      )}
    </div>
  );
}
