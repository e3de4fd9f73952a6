import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requirePagePermission } from "@/lib/auth/session.server";
import { AUDITED_ENTITIES, AUDIT_PERMISSIONS } from "@/lib/audit/policy";
import { AuditQuerySchema } from "@/lib/audit/schemas";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { FIELD_TRIP_AUDIT_ACTIONS } from "@/lib/field-trips/events";
import { ORGANISATION_AUDIT } from "@/lib/organisations/events";
import { parseInput } from "@/lib/validation";
import { withQueryFallback } from "@/lib/http/query-fallback";
import { formatFor } from "@/lib/i18n/format";
import { FormAlert } from "@/components/ui/form-alert";
import { Field, controlClass } from "@/components/ui/field";
import { FilterActions, FilterSelect } from "@/components/ui/filter-form";
import { DataTable, HeaderCell, SortableHeaderCell, TableHead } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { toSearch, withQuery, type ListLocation } from "@/components/ui/list-query";
import { AuditDiff } from "@/components/admin/audit-diff";

const PATHNAME = "/admin/audit";
const ACTIONS = [...FIELD_TRIP_AUDIT_ACTIONS, ...Object.values(ORGANISATION_AUDIT)].sort();

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.audit");
  return { title: t("title") };
}

/** The audit log: who changed what, from where, before and after; filtered in the URL, paged, sortable, exportable. */
export default async function AuditPage({ params, searchParams }: PageProps<"/[locale]/admin/audit">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("admin.audit");
  const tAll = await getTranslations();
  const format = formatFor(locale);
  const actor = await requirePagePermission(AUDIT_PERMISSIONS.read, PATHNAME);
  const raw = await searchParams;
  const { result, invalidQuery } = await withQueryFallback(
    async () => {
      const query = parseInput(AuditQuerySchema, raw);
      return { query, entries: await listAuditEntries(getDb(), actor, query) };
    },
    async () => {
      const query = parseInput(AuditQuerySchema, {});
      return { query, entries: await listAuditEntries(getDb(), actor, query) };
    },
  );
  const { query, entries } = result;
  const list: ListLocation = { pathname: PATHNAME, query: raw, sort: query.sort, dir: query.dir };
  const filters = { actor: query.actor, entity: query.entity, action: query.action, entityId: query.entityId, from: query.from, to: query.to };
  const exportSearch = toSearch(withQuery(invalidQuery ? {} : { ...filters, sort: query.sort, dir: query.dir }, {}));

  return (
    <section aria-labelledby="audit-title" className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 id="audit-title" className="text-2xl font-bold">
            {t("title")}
          </h1>
          <p className="text-slate-700">{t("lead")}</p>
        </div>
        <a href={`/${locale}${PATHNAME}/export?${exportSearch}`} className="no-print rounded border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-800 hover:bg-slate-100">
          {t("exportCsv")}
        </a>
      </div>
      {invalidQuery && <FormAlert message={tAll("fieldTrips.catalogue.invalidFilter")} />}
      <form method="get" role="search" className="no-print grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3 sm:items-end" aria-label={t("filterLabel")}>
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <input type="hidden" name="size" value={query.size} />
        <Field id="audit-actor" label={t("actorFilter")}>
          <input id="audit-actor" name="actor" type="search" defaultValue={query.actor} maxLength={254} className={controlClass} />
        </Field>
        <FilterSelect
          id="audit-entity"
          name="entity"
          label={t("entity")}
          defaultValue={query.entity ?? ""}
          anyLabel={tAll("common.all")}
          options={AUDITED_ENTITIES.map((entity) => ({ value: entity, label: t(`entities.${entity}`) }))}
        />
        <FilterSelect id="audit-action" name="action" label={t("action")} defaultValue={query.action ?? ""} anyLabel={tAll("common.all")} options={ACTIONS.map((action) => ({ value: action, label: action }))} />
        <Field id="audit-record" label={t("recordId")}>
          <input id="audit-record" name="entityId" type="search" defaultValue={query.entityId} maxLength={64} className={controlClass} />
        </Field>
        <Field id="audit-from" label={t("from")}>
          <input id="audit-from" name="from" type="date" defaultValue={query.from} className={controlClass} />
        </Field>
        <Field id="audit-to" label={t("to")}>
          <input id="audit-to" name="to" type="date" defaultValue={query.to} className={controlClass} />
        </Field>
        <FilterActions applyLabel={tAll("common.filter")} resetLabel={tAll("common.reset")} resetHref={PATHNAME} />
      </form>
      <p className="text-sm text-slate-600">{tAll("fieldTrips.timeZoneNote")}</p>
      {entries.rows.length === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{entries.total === 0 ? t("empty") : tAll("paging.emptyPage")}</p>
      ) : (
        <DataTable caption={t("caption", { page: entries.page, pageCount: entries.pageCount })}>
          <TableHead>
            <SortableHeaderCell column="createdAt" list={list} firstDirection="desc">
              {t("when")}
            </SortableHeaderCell>
            <HeaderCell>{t("actor")}</HeaderCell>
            <SortableHeaderCell column="action" list={list}>
              {t("action")}
            </SortableHeaderCell>
            <SortableHeaderCell column="entity" list={list}>
              {t("record")}
            </SortableHeaderCell>
            <HeaderCell>{t("changes")}</HeaderCell>
            <HeaderCell>{t("client")}</HeaderCell>
          </TableHead>
          <tbody>
            {entries.rows.map((entry) => (
              <tr key={entry.id} className="border-t border-slate-100 align-top" data-audit-entry={entry.id}>
                <td className="whitespace-nowrap">
                  <time dateTime={entry.createdAt.toISOString()}>{format.dateTime(entry.createdAt, { date: "short", time: "medium" })}</time>
                </td>
                <td>{entry.actor ? <bdi dir="ltr">{entry.actor.email}</bdi> : t("noActor")}</td>
                <td>
                  <code dir="ltr">{entry.action}</code>
                </td>
                <td>
                  {(AUDITED_ENTITIES as readonly string[]).includes(entry.entity) ? t(`entities.${entry.entity as (typeof AUDITED_ENTITIES)[number]}`) : entry.entity}
                  <code dir="ltr" className="block text-xs text-slate-600">
                    {entry.entityId}
                  </code>
                </td>
                <td className="min-w-80">
                  <AuditDiff before={entry.before} after={entry.after} caption={t("diffCaption", { action: entry.action })} />
                </td>
                <td className="text-xs">
                  <bdi dir="ltr" className="block">
                    {entry.ip ?? t("unknown")}
                  </bdi>
                  <span dir="ltr" className="block break-all text-slate-600">
                    {entry.userAgent ?? t("unknown")}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Pagination id="audit" page={entries} pathname={PATHNAME} query={raw} label={t("pagesLabel")} totalLabel={t("count", { count: entries.total })} />
    </section>
  );
}
