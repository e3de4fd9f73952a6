import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requireActor } from "@/lib/auth/session.server";
import { orNotFound } from "@/lib/http/or-not-found";
import { withQueryFallback } from "@/lib/http/query-fallback";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { listOrganisationMembers } from "@/lib/organisations/list-organisation-members";
import { listOwnMemberships } from "@/lib/organisations/list-own-memberships";
import { ledOrganisationIds } from "@/lib/organisations/policy";
import { MEMBERSHIP_STATUSES, OrganisationIdSchema } from "@/lib/organisations/schemas";
import { FormAlert } from "@/components/ui/form-alert";
import { Field, controlClass } from "@/components/ui/field";
import { FilterActions, FilterSelect } from "@/components/ui/filter-form";
import { DataTable, HeaderCell, SortableHeaderCell, TableHead } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import type { ListLocation } from "@/components/ui/list-query";
import { MembershipDecisions } from "@/components/organisations/membership-decisions";
import { MembershipStatusBadge } from "@/components/organisations/membership-status-badge";

/** Per request (ADR 0007). */
export const dynamic = "force-dynamic";

const PATHNAME = "/account/organisation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.organisation");
  return { title: t("title") };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * A lead's organisation: its members and the requests to join it, paged and filterable, with
 * approve/decline on the requests the lead may decide. `?org=` picks one of several organisations;
 * anyone who may not see the organisation's members gets 404.
 */
export default async function OrganisationMembersPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(PATHNAME);
  const db = getDb();
  const raw = await searchParams;
  const led = ledOrganisationIds(actor);
  const organizationId = one(raw.org) || led[0];
  if (!OrganisationIdSchema.safeParse({ organizationId }).success) notFound();
  const { result, invalidQuery } = await withQueryFallback(
    () => orNotFound(listOrganisationMembers(db, actor, { ...raw, organizationId })),
    () => orNotFound(listOrganisationMembers(db, actor, { organizationId })),
  );
  const { organization, members, query } = result;
  const ledOrganisations = led.length > 1 ? (await listOwnMemberships(db, actor)).filter((m) => led.includes(m.organizationId)) : [];
  const t = await getTranslations();
  const format = formatFor(locale);
  const list: ListLocation = { pathname: PATHNAME, query: raw, sort: query.sort, dir: query.dir };
  const count = t("paging.total", { total: members.total });

  return (
    <section aria-labelledby="organisation-title" className="space-y-4">
      <p className="text-sm">
        <Link href="/account" className="text-brand-700 underline">
          {t("account.organisation.back")}
        </Link>
      </p>
      <h1 id="organisation-title" className="text-2xl font-bold">
        {t("account.organisation.title")}
        <span className="block text-lg font-semibold text-slate-700">{organization.name}</span>
      </h1>
      <p className="text-slate-700">{t("account.organisation.lead", { organization: organization.name })}</p>
      {invalidQuery && <FormAlert message={t("fieldTrips.catalogue.invalidFilter")} />}
      <form method="get" className="no-print grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3 sm:items-end" aria-label={t("account.organisation.filterLabel")}>
        {ledOrganisations.length > 1 ? (
          <Field id="organisation-choice" label={t("account.organisation.choose")}>
            <select id="organisation-choice" name="org" defaultValue={organization.id} className={controlClass}>
              {ledOrganisations.map((m) => (
                <option key={m.organizationId} value={m.organizationId}>
                  {m.organization.name}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <input type="hidden" name="org" value={organization.id} />
        )}
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <input type="hidden" name="size" value={query.size} />
        <FilterSelect
          id="member-status"
          name="status"
          label={t("account.organisation.status")}
          defaultValue={query.status ?? ""}
          anyLabel={t("common.all")}
          options={MEMBERSHIP_STATUSES.map((status) => ({ value: status, label: t(`memberships.status.${status}`) }))}
        />
        <FilterActions applyLabel={t("common.filter")} resetLabel={t("common.reset")} resetHref={`${PATHNAME}?org=${encodeURIComponent(organization.id)}`} />
      </form>
      <p className="text-sm text-slate-600" data-testid="list-total">
        {count}
      </p>
      {members.rows.length === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t("account.organisation.empty")}</p>
      ) : (
        <DataTable caption={t("account.organisation.title")}>
          <TableHead>
            <SortableHeaderCell column="person" list={list}>
              {t("account.organisation.person")}
            </SortableHeaderCell>
            <HeaderCell>{t("account.organisation.role")}</HeaderCell>
            <HeaderCell>{t("account.organisation.status")}</HeaderCell>
            <SortableHeaderCell column="requestedAt" list={list} firstDirection="desc">
              {t("account.organisation.requested")}
            </SortableHeaderCell>
            <HeaderCell className="no-print">{t("account.organisation.decision")}</HeaderCell>
          </TableHead>
          <tbody>
            {members.rows.map((row) => (
              <tr key={row.userId} className="border-t border-slate-100 align-top" data-testid="member-row">
                <th scope="row" className="text-start font-normal">
                  <span className="font-semibold">{row.user.name}</span>
                  <bdi className="block text-slate-600">{row.user.email}</bdi>
                </th>
                <td>{t(`memberships.role.${row.role}`)}</td>
                <td>
                  <MembershipStatusBadge status={row.status} label={t(`memberships.status.${row.status}`)} />
                  {row.status === "declined" && row.declineReason && <span className="mt-1 block text-slate-600">{t("account.declineReason", { reason: row.declineReason })}</span>}
                </td>
                <td className="whitespace-nowrap">
                  <time dateTime={row.createdAt.toISOString()}>{format.date(row.createdAt, "medium")}</time>
                </td>
                <td className="no-print">
                  <MembershipDecisions organizationId={row.organizationId} userId={row.userId} name={row.user.name} organization={organization.name} decisions={row.decisions} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Pagination id="members" page={members} pathname={PATHNAME} query={raw} label={t("account.organisation.pagesLabel")} totalLabel={count} />
    </section>
  );
}
