import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requirePagePermission } from "@/lib/auth/session.server";
import { parseInput } from "@/lib/validation";
import { withQueryFallback } from "@/lib/http/query-fallback";
import { formatFor } from "@/lib/i18n/format";
import { listPendingMemberships } from "@/lib/organisations/list-pending-memberships";
import { ORGANISATION_PERMISSIONS } from "@/lib/organisations/policy";
import { ORGANISATION_KINDS, PendingMembershipsQuerySchema } from "@/lib/organisations/schemas";
import { FormAlert } from "@/components/ui/form-alert";
import { FilterActions, FilterSelect } from "@/components/ui/filter-form";
import { DataTable, HeaderCell, SortableHeaderCell, TableHead } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import type { ListLocation } from "@/components/ui/list-query";
import { MembershipDecisions } from "@/components/organisations/membership-decisions";

const PATHNAME = "/admin/memberships";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.memberships");
  return { title: t("title") };
}

/** Staff: every membership waiting for a decision (founders of new organisations and join requests), paged. */
export default async function MembershipQueuePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePagePermission(ORGANISATION_PERMISSIONS.reviewAny, PATHNAME);
  const t = await getTranslations();
  const format = formatFor(locale);
  const raw = await searchParams;
  const { result: query, invalidQuery } = await withQueryFallback(
    async () => parseInput(PendingMembershipsQuerySchema, raw),
    async () => parseInput(PendingMembershipsQuerySchema, {}),
  );
  const pending = await listPendingMemberships(getDb(), actor, query);
  const list: ListLocation = { pathname: PATHNAME, query: raw, sort: query.sort, dir: query.dir };
  const count = t("paging.total", { total: pending.total });

  return (
    <section aria-labelledby="memberships-title" className="space-y-4">
      <h1 id="memberships-title" className="text-2xl font-bold">
        {t("admin.memberships.title")}
      </h1>
      <p className="text-slate-700">{t("admin.memberships.lead")}</p>
      {invalidQuery && <FormAlert message={t("fieldTrips.catalogue.invalidFilter")} />}
      <form method="get" className="no-print grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3 sm:items-end" aria-label={t("admin.memberships.filterLabel")}>
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <input type="hidden" name="size" value={query.size} />
        <FilterSelect
          id="membership-kind"
          name="kind"
          label={t("admin.memberships.kind")}
          defaultValue={query.kind ?? ""}
          anyLabel={t("common.all")}
          options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`memberships.kind.${kind}`) }))}
        />
        <FilterActions applyLabel={t("common.filter")} resetLabel={t("common.reset")} resetHref={PATHNAME} />
      </form>
      <p className="text-sm text-slate-600" data-testid="list-total">
        {count}
      </p>
      {pending.rows.length === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t("admin.memberships.empty")}</p>
      ) : (
        <DataTable caption={t("admin.memberships.title")}>
          <TableHead>
            <SortableHeaderCell column="person" list={list}>
              {t("admin.memberships.person")}
            </SortableHeaderCell>
            <SortableHeaderCell column="organization" list={list}>
              {t("admin.memberships.organization")}
            </SortableHeaderCell>
            <HeaderCell>{t("admin.memberships.kind")}</HeaderCell>
            <SortableHeaderCell column="requestedAt" list={list}>
              {t("admin.memberships.requestedAt")}
            </SortableHeaderCell>
            <HeaderCell className="no-print">{t("admin.memberships.decision")}</HeaderCell>
          </TableHead>
          <tbody>
            {pending.rows.map((row) => (
              <tr key={`${row.organizationId}:${row.userId}`} className="border-t border-slate-100 align-top" data-testid="membership-row">
                <th scope="row" className="text-start font-normal">
                  <span className="font-semibold">{row.user.name}</span>
                  <bdi className="block text-slate-600">{row.user.email}</bdi>
                </th>
                <td>
                  {row.organization.name}
                  {row.organization.city && <span className="block text-slate-600">{row.organization.city}</span>}
                  {row.organization.verifiedAt === null && <span className="mt-1 inline-block rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-950">{t("admin.memberships.newOrganisation")}</span>}
                </td>
                <td>
                  {t(`memberships.kind.${row.organization.kind}`)}
                  <span className="block text-slate-600">{t(`memberships.role.${row.role}`)}</span>
                </td>
                <td className="whitespace-nowrap">
                  <time dateTime={row.createdAt.toISOString()}>{format.dateTime(row.createdAt, { date: "medium", time: "short" })}</time>
                </td>
                <td className="no-print">
                  <MembershipDecisions
                    organizationId={row.organizationId}
                    userId={row.userId}
                    name={row.user.name}
                    organization={row.organization.name}
                    decisions={row.decisions}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Pagination id="memberships" page={pending} pathname={PATHNAME} query={raw} label={t("admin.memberships.pagesLabel")} totalLabel={count} />
    </section>
  );
}
