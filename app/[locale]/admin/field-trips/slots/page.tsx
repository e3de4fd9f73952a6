import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requirePagePermission } from "@/lib/auth/session.server";
import { listUpcomingSlots } from "@/lib/field-trips/manage-slots";
import { listExhibitionChoices } from "@/lib/field-trips/list-exhibition-choices";
import { translated } from "@/lib/i18n/translated";
import type { Locale } from "@/lib/i18n/locales";
import { Field } from "@/components/ui/field";
import { CardSection } from "@/components/ui/section";
import { DataTable, HeaderCell, TableHead } from "@/components/ui/data-table";
import { CloseSlotButton, CreateSlotForm, SlotSeriesForm } from "@/components/field-trips/slot-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.fieldTrips.slots");
  return { title: t("title") };
}

export default async function VisitSlotsPage({ params, searchParams }: PageProps<"/[locale]/admin/field-trips/slots">) {
  const { locale } = await params;
  const { exhibitionId: exhibitionParam } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations("admin.fieldTrips.slots");
  const tFieldTrips = await getTranslations("fieldTrips");
  const tCommon = await getTranslations("common");
  const format = await getFormatter();
  const db = getDb();
  const actor = await requirePagePermission("manage:catalogue:any", "/admin/field-trips/slots");
  const exhibitionRows = await listExhibitionChoices(db, actor);
  const exhibitions = exhibitionRows.map((e) => ({ id: e.id, title: translated(e, "title", locale as Locale) }));
  // Only a known exhibition narrows the list; anything else shows every exhibition's slots.
  const exhibitionId = exhibitions.find((e) => e.id === exhibitionParam)?.id;
  const slots = await listUpcomingSlots(db, actor, { exhibitionId });

  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("lead")}</p>
      </header>

      <div className="grid gap-6 lg:grid-cols-2">
        <CardSection headingId="create-slot-heading" title={t("createTitle")}>
          <CreateSlotForm exhibitions={exhibitions} />
        </CardSection>
        <CardSection headingId="series-heading" title={t("seriesTitle")}>
          <SlotSeriesForm exhibitions={exhibitions} />
        </CardSection>
      </div>

      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading" className="text-lg font-semibold">
          {t("upcomingTitle")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{tFieldTrips("timeZoneNote")}</p>
        <form method="get" className="no-print mt-4 flex flex-wrap items-end gap-3" aria-label={t("filterLabel")}>
          <Field id="slots-filter-exhibition" label={t("exhibition")}>
            <select id="slots-filter-exhibition" name="exhibitionId" defaultValue={exhibitionId ?? ""} className="mt-1 block rounded border border-slate-400 bg-white px-3 py-2 text-slate-900">
              <option value="">{tCommon("all")}</option>
              {exhibitions.map((exhibition) => (
                <option key={exhibition.id} value={exhibition.id}>
                  {exhibition.title}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {tCommon("filter")}
          </button>
        </form>
        {slots.length === 0 ? (
          <p className="mt-4 rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t("noSlots")}</p>
        ) : (
          <DataTable caption={t("upcomingTitle")} className="mt-4">
            <TableHead>
              <HeaderCell>{tFieldTrips("fields.dateTime")}</HeaderCell>
              <HeaderCell>{tFieldTrips("fields.exhibition")}</HeaderCell>
              <HeaderCell align="end">{t("bookedOfCapacity")}</HeaderCell>
              <HeaderCell>{t("status")}</HeaderCell>
              <HeaderCell>{t("actions")}</HeaderCell>
            </TableHead>
            <tbody>
              {slots.map((slot) => {
                const when = format.dateTime(slot.startsAt, { dateStyle: "medium", timeStyle: "short" });
                return (
                  <tr key={slot.id} className="border-t border-slate-100">
                    <th scope="row" className="text-start font-normal">
                      <time dateTime={slot.startsAt.toISOString()}>{when}</time>
                    </th>
                    <td>{translated(slot.exhibition, "title", locale as Locale)}</td>
                    <td className="text-end tabular-nums">{t("bookedValue", { booked: slot.bookedCount, capacity: slot.capacity })}</td>
                    <td>{t(`slotStatus.${slot.status}`)}</td>
                    <td>{slot.status === "OPEN" && <CloseSlotButton slotId={slot.id} label={t("close")} accessibleLabel={t("closeLabel", { when })} />}</td>
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
        )}
      </section>
    </div>
  );
}
