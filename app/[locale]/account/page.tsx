import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requireActor } from "@/lib/auth/session.server";
import { listOwnSessions } from "@/lib/auth/list-own-sessions";
import { SESSION_LIFETIME } from "@/lib/auth/session-lifetime";
import { getOwnAccount } from "@/lib/accounts/get-own-account";
import { endonymOf } from "@/lib/i18n/locales";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { withQueryFallback } from "@/lib/http/query-fallback";
import { findVerifiedSchools } from "@/lib/organisations/find-verified-schools";
import { listOwnMemberships } from "@/lib/organisations/list-own-memberships";
import { listPendingMemberships } from "@/lib/organisations/list-pending-memberships";
import { ledOrganisationIds, mayRequestToJoinSchool } from "@/lib/organisations/policy";
import { CardSection } from "@/components/ui/section";
import { JoinSchoolForm } from "@/components/organisations/join-school-form";
import { MembershipStatusBadge } from "@/components/organisations/membership-status-badge";
import { SchoolSearchForm } from "@/components/organisations/school-picker";
import { SessionList } from "@/components/auth/session-list";

/** Per request (ADR 0007). */
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

/** The most schools the join picker lists at once; a search narrows them. */
const SCHOOLS_LISTED = 100;
const SEARCH_FORM_ID = "find-school";

export default async function AccountPage({ params, searchParams }: PageProps<"/[locale]/account">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor("/account");
  const db = getDb();
  const query = await searchParams;
  const q = Array.isArray(query.q) ? query.q[0] : query.q;
  const [account, memberships, sessions] = await Promise.all([getOwnAccount(db, actor), listOwnMemberships(db, actor), listOwnSessions(db, actor)]);
  const led = ledOrganisationIds(actor);
  const waiting = new Map(
    await Promise.all(led.map(async (organizationId) => [organizationId, (await listPendingMemberships(db, actor, { size: 10 }, { organizationId })).total] as const)),
  );
  const mayJoin = mayRequestToJoinSchool(actor);
  const schools = mayJoin
    ? (
        await withQueryFallback(
          () => findVerifiedSchools(db, { q, size: SCHOOLS_LISTED }),
          () => findVerifiedSchools(db, { size: SCHOOLS_LISTED }),
        )
      ).result
    : null;
  // Schools the person belongs to or already asked to join are not offered again (declined ones are).
  const taken = new Set(memberships.filter((m) => m.status !== "declined").map((m) => m.organizationId));
  const t = await getTranslations();
  const format = formatFor(locale);

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <section className="rounded-xl border border-slate-200 bg-white p-8" aria-labelledby="account-title">
        <h1 id="account-title" className="text-2xl font-bold">
          {t("account.title")}
        </h1>
        <dl className="mt-6 grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("auth.name")}</dt>
          <dd>{account.name}</dd>
          <dt className="font-semibold">{t("auth.email")}</dt>
          <dd>{account.email}</dd>
          <dt className="font-semibold">{t("account.language")}</dt>
          <dd lang={account.locale}>{endonymOf(account.locale)}</dd>
          <dt className="font-semibold">{t("account.memberSince")}</dt>
          <dd>{format.date(account.createdAt, "long")}</dd>
        </dl>
        <h2 className="mt-8 text-lg font-semibold">{t("account.roles")}</h2>
        <ul className="mt-3 space-y-2" data-testid="account-roles">
          {account.roles.map(({ role }) => (
            <li key={role} className="flex flex-wrap items-center gap-3">
              <span className="font-medium">{t(`roles.${role}`)}</span>
              {account.pendingRoles.includes(role) ? (
                <span className="rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-950">{t("account.awaitingVerification")}</span>
              ) : (
                <span className="rounded bg-green-100 px-2 py-0.5 text-sm text-green-900">{t("account.active")}</span>
              )}
            </li>
          ))}
        </ul>
        {account.pendingRoles.length > 0 && <p className="mt-4 text-slate-700">{t("errors.verificationPending")}</p>}
      </section>

      <CardSection headingId="memberships-title" title={t("account.membershipsTitle")}>
        {memberships.length === 0 ? (
          <p className="text-slate-700">{t("account.noMemberships")}</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="account-memberships">
            {memberships.map((m) => (
              <li key={m.organizationId} className="py-3 first:pt-0 last:pb-0">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <span className="font-semibold">{m.organization.name}</span>
                  <span className="text-sm text-slate-600">
                    {t(`memberships.kind.${m.organization.kind}`)}
                    {" · "}
                    {t(`memberships.role.${m.role}`)}
                    {m.organization.city && (
                      <>
                        {" · "}
                        {m.organization.city}
                      </>
                    )}
                  </span>
                  <MembershipStatusBadge status={m.status} label={t(`memberships.status.${m.status}`)} />
                </div>
                <p className="mt-1 text-sm text-slate-600">{t("account.requestedOn", { date: format.date(m.createdAt, "long") })}</p>
                {m.status === "pending" && m.organization.verifiedAt === null && <p className="mt-1 text-sm text-slate-700">{t("account.organisationPending")}</p>}
                {m.status === "declined" && m.declineReason && <p className="mt-1 text-sm text-slate-700">{t("account.declineReason", { reason: m.declineReason })}</p>}
                {led.includes(m.organizationId) && (
                  <p className="mt-2 text-sm">
                    {t("account.requestsWaiting", { count: waiting.get(m.organizationId) ?? 0 })}{" "}
                    <Link
                      href={{ pathname: "/account/organisation", query: { org: m.organizationId, status: "pending" } }}
                      className="font-semibold text-brand-700 underline"
                    >
                      {t("account.manageOrganisation", { organization: m.organization.name })}
                    </Link>
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </CardSection>

      {schools && (
        <CardSection headingId="join-title" title={t("account.join.title")} lead={t("account.join.lead")}>
          <JoinSchoolForm schools={schools.rows.filter((school) => !taken.has(school.id))} total={schools.total} query={q} searchFormId={SEARCH_FORM_ID} />
          <SchoolSearchForm id={SEARCH_FORM_ID} />
        </CardSection>
      )}

      <CardSection headingId="sessions-title" title={t("account.sessions.title")} lead={t("account.sessions.lead", { idleHours: SESSION_LIFETIME.idleMinutes / 60, absoluteDays: SESSION_LIFETIME.absoluteDays })}
      >
        <SessionList sessions={sessions} format={format} />
      </CardSection>
    </div>
  );
}
