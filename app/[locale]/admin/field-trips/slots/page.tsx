import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requirePagePermission } from "@/lib/auth/session.server";
import { listUpcomingSlots } from "@/lib/field-trips/manage-slots";
import { listExhibitionChoices } from "@/lib/field-trips/list-exhibition-choices";
import { FIELD_TRIP_PERMISSIONS } from "@/lib/field-trips/policy";
import { SLOT_STATUSES } from "@/lib/field-trips/rules";
import { SlotStatus } from "@/lib/generated/prisma/enums";
import { UpcomingSlotsQuerySchema } from "@/lib/field-trips/schemas";
import { parseInput } from "@/lib/validation";
import { withQueryFallback } from "@/lib/http/query-fallback";
import { translated } from "@/lib/i18n/translated";
import type { Locale } from "@/lib/i18n/locales";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { FormAlert } from "@/components/ui/form-alert";
import { FilterActions, FilterSelect } from "@/components/ui/filter-form";
import { CardSection } from "@/components/ui/section";
import { DataTable, HeaderCell, SortableHeaderCell, TableHead } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { LocalizedText } from "@/components/ui/localized-text";
import type { ListLocation } from "@/components/ui/list-query";
import { CloseSlotButton, CreateSlotForm, SlotSeriesForm } from "@/components/field-trips/slot-forms";

const PATHNAME = "/admin/field-trips/slots";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.fieldTrips.slots");
  return { title: t("title") };
}

export default async function VisitSlotsPage({ params, searchParams }: PageProps<"/[locale]/admin/field-trips/slots">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("admin.fieldTrips.slots");
  const tAll = await getTranslations();
  const format = formatFor(locale);
  const db = getDb();
  const actor = await requirePagePermission(FIELD_TRIP_PERMISSIONS.manageSlots, PATHNAME);
  const raw = await searchParams;
  const { result: query, invalidQuery } = await withQueryFallback(
    async () => parseInput(UpcomingSlotsQuerySchema, raw),
    async () => parseInput(UpcomingSlotsQuerySchema, {}),
  );
  const [exhibitionRows, slots] = await Promise.all([listExhibitionChoices(db, actor), listUpcomingSlots(db, actor, query)]);
  const exhibitions = exhibitionRows.map((e) => ({ id: e.id, title: translated(e, "title", locale as Locale) }));
  const list: ListLocation = { pathname: PATHNAME, query: raw, sort: query.sort, dir: query.dir };
  const count = t("count", { count: slots.total });

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

      <section aria-labelledby="upcoming-heading" className="space-y-4">
        <h2 id="upcoming-heading" className="text-lg font-semibold">
          {t("upcomingTitle")}
        </h2>
        <p className="text-sm text-slate-600">{tAll("fieldTrips.timeZoneNote")}</p>
        {invalidQuery && <FormAlert message={tAll("fieldTrips.catalogue.invalidFilter")} />}
        <form method="get" className="no-print grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3 sm:items-end" aria-label={t("filterLabel")}>
          <input type="hidden" name="sort" value={query.sort} />
          <input type="hidden" name="dir" value={query.dir} />
          <input type="hidden" name="size" value={query.size} />
          <FilterSelect
            id="slots-filter-exhibition"
            name="exhibitionId"
            label={t("exhibition")}
            defaultValue={query.exhibitionId ?? ""}
            anyLabel={tAll("common.all")}
            options={exhibitions.map((exhibition) => ({ value: exhibition.id, label: exhibition.title }))}
          />
          <FilterSelect
            id="slots-filter-status"
            name="status"
            label={t("status")}
            defaultValue={query.status ?? ""}
            anyLabel={tAll("common.all")}
            options={SLOT_STATUSES.map((status) => ({ value: status, label: t(`slotStatus.${status}`) }))}
          />
          <FilterActions applyLabel={tAll("common.filter")} resetLabel={tAll("common.reset")} resetHref={PATHNAME} />
        </form>
        {slots.rows.length === 0 ? (
          <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{slots.total === 0 ? t("noSlots") : tAll("paging.emptyPage")}</p>
        ) : (
          <DataTable caption={t("caption", { page: slots.page, pageCount: slots.pageCount })}>
            <TableHead>
              <SortableHeaderCell column="startsAt" list={list}>
                {tAll("fieldTrips.fields.dateTime")}
              </SortableHeaderCell>
              <HeaderCell>{tAll("fieldTrips.fields.exhibition")}</HeaderCell>
              <SortableHeaderCell column="bookedCount" list={list} align="end" firstDirection="desc">
                {t("bookedOfCapacity")}
              </SortableHeaderCell>
              <SortableHeaderCell column="status" list={list}>
                {t("status")}
              </SortableHeaderCell>
              <HeaderCell>{t("actions")}</HeaderCell>
            </TableHead>
            <tbody>
              {slots.rows.map((slot) => {
                const when = format.dateTime(slot.startsAt);
                return (
                  <tr key={slot.id} className="border-t border-slate-100">
                    <th scope="row" className="text-start font-normal">
                      <time dateTime={slot.startsAt.toISOString()}>{when}</time>
                    </th>
                    <td>
                      <LocalizedText record={slot.exhibition} field="title" />
                    </td>
                    <td className="text-end tabular-nums">{t("bookedValue", { booked: slot.bookedCount, capacity: slot.capacity })}</td>
                    <td>{t(`slotStatus.${slot.status}`)}</td>
                    <td>
                      <div className="flex flex-wrap items-center gap-2">
                        <Link href={`/admin/field-trips/slots/${slot.id}`} aria-label={t("editLabel", { when })} className="text-sm font-semibold text-brand-700 underline">
                          {t("edit")}
                        </Link>
                        {slot.status === SlotStatus.OPEN && <CloseSlotButton slotId={slot.id} label={t("close")} accessibleLabel={t("closeLabel", { when })} />}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
        )}
        <Pagination id="slots" page={slots} pathname={PATHNAME} query={raw} label={t("pagesLabel")} totalLabel={count} />
      </section>
    </div>
  );
}
