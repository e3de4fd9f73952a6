import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requirePagePermission } from "@/lib/auth/session.server";
import { FIELD_TRIP_PERMISSIONS } from "@/lib/field-trips/policy";
import { listStaffExhibitions } from "@/lib/field-trips/list-staff-exhibitions";
import { StaffExhibitionsQuerySchema } from "@/lib/field-trips/schemas";
import { parseInput } from "@/lib/validation";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { DataTable, HeaderCell, SortableHeaderCell, TableHead } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { LocalizedText } from "@/components/ui/localized-text";
import type { ListLocation } from "@/components/ui/list-query";

const PATHNAME = "/admin/exhibitions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.exhibitions");
  return { title: t("title") };
}

/** Every exhibition, published or not, with how much of its content is translated. */
export default async function StaffExhibitionsPage({ params, searchParams }: PageProps<"/[locale]/admin/exhibitions">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("admin.exhibitions");
  const tAll = await getTranslations();
  const format = formatFor(locale);
  const actor = await requirePagePermission(FIELD_TRIP_PERMISSIONS.manageCatalogue, PATHNAME);
  const raw = await searchParams;
  // The paging schema falls back to defaults on bad values, so this never fails on a query.
  const query = parseInput(StaffExhibitionsQuerySchema, raw);
  const exhibitions = await listStaffExhibitions(getDb(), actor, query);
  const list: ListLocation = { pathname: PATHNAME, query: raw, sort: query.sort, dir: query.dir };

  return (
    <section aria-labelledby="exhibitions-title" className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 id="exhibitions-title" className="text-2xl font-bold">
            {t("title")}
          </h1>
          <p className="text-slate-700">{t("lead")}</p>
        </div>
        <Link href="/admin/exhibitions/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("new")}
        </Link>
      </div>
      {exhibitions.rows.length === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{exhibitions.total === 0 ? t("empty") : tAll("paging.emptyPage")}</p>
      ) : (
        <DataTable caption={t("caption", { page: exhibitions.page, pageCount: exhibitions.pageCount })}>
          <TableHead>
            <SortableHeaderCell column="title" list={list}>
              {t("titleField")}
            </SortableHeaderCell>
            <SortableHeaderCell column="era" list={list}>
              {t("era")}
            </SortableHeaderCell>
            <HeaderCell align="end">{t("exhibits")}</HeaderCell>
            <HeaderCell>{t("translated")}</HeaderCell>
            <SortableHeaderCell column="published" list={list} firstDirection="desc">
              {t("status")}
            </SortableHeaderCell>
            <SortableHeaderCell column="updatedAt" list={list} firstDirection="desc">
              {t("updated")}
            </SortableHeaderCell>
          </TableHead>
          <tbody>
            {exhibitions.rows.map((exhibition) => {
              const percent = Math.round(exhibition.completeness * 100);
              return (
                <tr key={exhibition.id} className="border-t border-slate-100">
                  <th scope="row" className="text-start font-normal">
                    <Link href={`/admin/exhibitions/${exhibition.id}`} className="font-semibold text-brand-700 underline">
                      <LocalizedText record={exhibition} field="title" />
                    </Link>
                  </th>
                  <td>{tAll(`fieldTrips.era.${exhibition.era}`)}</td>
                  <td className="text-end tabular-nums">{format.number(exhibition.exhibitCount)}</td>
                  <td>
                    <meter min={0} max={100} value={percent} aria-label={t("translatedLabel")} className="me-2 align-middle" />
                    <span className="tabular-nums">{format.number(exhibition.completeness, { style: "percent" })}</span>
                  </td>
                  <td>{exhibition.published ? t("published") : t("unpublished")}</td>
                  <td className="whitespace-nowrap">
                    <time dateTime={exhibition.updatedAt.toISOString()}>{format.dateTime(exhibition.updatedAt, { date: "short", time: "short" })}</time>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
      <Pagination id="exhibitions" page={exhibitions} pathname={PATHNAME} query={raw} label={t("pagesLabel")} totalLabel={t("count", { count: exhibitions.total })} />
    </section>
  );
}
