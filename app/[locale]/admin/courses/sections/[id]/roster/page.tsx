import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { can } from "@/lib/auth/authorize";
import { requirePagePermission } from "@/lib/auth/session.server";
import { orNotFound } from "@/lib/http/or-not-found";
import { withQueryFallback } from "@/lib/http/query-fallback";
import { Link } from "@/lib/i18n/navigation";
import { formatFor } from "@/lib/i18n/format";
import { localizeError } from "@/lib/i18n/localize-error";
import { parseInput } from "@/lib/validation";
import { centerDateOf } from "@/lib/time/center-time";
import { listSectionRoster } from "@/lib/courses/list-section-roster";
import { findAccountLearners, type AccountLearners } from "@/lib/courses/find-account-learners";
import { COURSE_PERMISSIONS, placesLeft } from "@/lib/courses/policy";
import { ACTIVE_STATUSES, ENROLLMENT_STATUSES, PAYMENT_STATUSES, ageInYear } from "@/lib/courses/rules";
import { RosterQuerySchema } from "@/lib/courses/roster-schemas";
import { DataTable, HeaderCell, SortableHeaderCell, TableHead } from "@/components/ui/data-table";
import { Field, controlClass } from "@/components/ui/field";
import { FilterActions, FilterSelect } from "@/components/ui/filter-form";
import { FormAlert } from "@/components/ui/form-alert";
import { LocalizedText } from "@/components/ui/localized-text";
import { Pagination } from "@/components/ui/pagination";
import { CardSection } from "@/components/ui/section";
import { toSearch, withQuery, type ListLocation } from "@/components/ui/list-query";
import { RosterRowActions } from "@/components/course-rosters/roster-row-actions";
import { RosterNoticeArea } from "@/components/course-rosters/roster-notice";
import { AddLearnerOnBehalfForm, EnrollOnBehalfForm } from "@/components/course-rosters/enroll-on-behalf-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("courseRosters");
  return { title: t("metaTitle") };
}

/** The query parameter of the account lookup, apart from the roster's filters. */
const ACCOUNT_PARAM = "account";

/**
 * A section's roster and waitlist in the back office: filter, page and export them; record fees;
 * move or remove a learner; enroll someone on their behalf. Staff only; an unknown section is a 404.
 */
export default async function SectionRosterPage({ params, searchParams }: PageProps<"/[locale]/admin/courses/sections/[id]/roster">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const pathname = `/admin/courses/sections/${id}/roster`;
  const actor = await requirePagePermission(COURSE_PERMISSIONS.manageEnrollments, pathname);
  const t = await getTranslations();
  const db = getDb();
  const raw = await searchParams;
  const { result: query, invalidQuery } = await withQueryFallback(
    async () => parseInput(RosterQuerySchema, raw),
    async () => parseInput(RosterQuerySchema, {}),
  );
  const { section, roster, counts, otherSections } = await orNotFound(listSectionRoster(db, actor, id, query));
  const format = formatFor(locale);
  const year = Number(centerDateOf(new Date()).slice(0, 4));
  const list: ListLocation = { pathname, query: raw, sort: query.sort, dir: query.dir };
  const filter = { status: query.status, payment: query.payment, q: query.q };
  // The export is the roster as filtered and sorted here, every page of it.
  const exportSearch = toSearch(withQuery({ ...filter, sort: query.sort, dir: query.dir }, {}));
  const moveChoices = otherSections.map((other) => ({ id: other.id, code: other.code, placesLeft: placesLeft(other) }));

  const accountEmail = typeof raw[ACCOUNT_PARAM] === "string" ? raw[ACCOUNT_PARAM].trim() : "";
  let lookup: AccountLearners | null = null;
  let lookupError: string | undefined;
  if (accountEmail) {
    try {
      lookup = await findAccountLearners(db, actor, { email: accountEmail });
      if (!lookup) lookupError = t("courseRosters.enroll.notFound");
    } catch (error) {
      const localized = localizeError(error, t as never);
      if (localized.code === "internal") throw error;
      lookupError = localized.fieldErrors.email ?? localized.message;
    }
  }

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("courseRosters.title")}</h1>
          <p className="mt-1 text-lg">
            <LocalizedText record={section.course} field="title" /> · {t("courseRosters.section", { code: section.code })}
          </p>
          <p className="mt-1 text-sm text-slate-600">{section.teacher ? t("courseRosters.teacher", { name: section.teacher.name }) : t("courseRosters.noTeacher")}</p>
          <p className="mt-1 text-sm text-slate-700" data-testid="roster-summary">
            {t("courseRosters.summary", {
              enrolled: counts.ENROLLED ?? 0,
              offered: counts.OFFERED ?? 0,
              waitlisted: counts.WAITLISTED ?? 0,
              capacity: section.capacity,
            })}
          </p>
        </div>
        <div className="no-print flex flex-wrap gap-3">
          <Link href={`/admin/courses/sections/${section.id}`} className="rounded border border-slate-400 bg-white px-4 py-2 text-slate-800 hover:bg-slate-100">
            {t("courseRosters.backToSection")}
          </Link>
          {can(actor, COURSE_PERMISSIONS.export) && (
            <a
              href={`/api/v1/sections/${section.id}/roster.csv${exportSearch ? `?${exportSearch}` : ""}`}
              className="rounded border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-800 hover:bg-slate-100"
            >
              {t("courseRosters.exportCsv")}
            </a>
          )}
        </div>
      </header>
      {invalidQuery && <FormAlert message={t("courseRosters.invalidFilter")} />}

      <form method="get" className="no-print grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-4 sm:items-end" aria-label={t("courseRosters.filterLabel")}>
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <input type="hidden" name="size" value={query.size} />
        <FilterSelect
          id="roster-status"
          name="status"
          label={t("courseRosters.fields.status")}
          defaultValue={query.status ?? ""}
          anyLabel={t("courseRosters.fields.liveStatuses")}
          options={ENROLLMENT_STATUSES.map((status) => ({ value: status, label: t(`courseRosters.status.${status}`) }))}
        />
        <FilterSelect
          id="roster-payment"
          name="payment"
          label={t("courseRosters.fields.payment")}
          defaultValue={query.payment ?? ""}
          anyLabel={t("common.all")}
          options={PAYMENT_STATUSES.map((status) => ({ value: status, label: t(`courseRosters.paymentStatus.${status}`) }))}
        />
        <Field id="roster-q" label={t("courseRosters.fields.q")}>
          <input id="roster-q" name="q" type="search" defaultValue={query.q} maxLength={100} className={controlClass} />
        </Field>
        <FilterActions applyLabel={t("common.filter")} resetLabel={t("common.reset")} resetHref={pathname} />
      </form>

      <RosterNoticeArea>
        {roster.rows.length === 0 ? (
          <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t(roster.total === 0 ? "courseRosters.empty" : "paging.emptyPage")}</p>
        ) : (
          <DataTable caption={t("courseRosters.caption", { code: section.code, page: roster.page, pageCount: roster.pageCount })}>
            <TableHead>
              <SortableHeaderCell column="queue" list={list} align="end">
                {t("courseRosters.columns.queue")}
              </SortableHeaderCell>
              <SortableHeaderCell column="name" list={list}>
                {t("courseRosters.columns.learner")}
              </SortableHeaderCell>
              <HeaderCell>{t("courseRosters.columns.contact")}</HeaderCell>
              <SortableHeaderCell column="status" list={list}>
                {t("courseRosters.columns.status")}
              </SortableHeaderCell>
              <SortableHeaderCell column="payment" list={list}>
                {t("courseRosters.columns.payment")}
              </SortableHeaderCell>
              <HeaderCell className="no-print">{t("courseRosters.columns.actions")}</HeaderCell>
            </TableHead>
            <tbody>
              {roster.rows.map((row) => {
                const { learner } = row;
                const guardians = learner.guardians.map((g) => g.user).filter((user) => user.id !== learner.user?.id);
                return (
                  <tr key={row.id} className="border-t border-slate-100 align-top" data-testid="roster-row">
                    <td className="text-end tabular-nums">{format.number(row.queueNumber, { useGrouping: false })}</td>
                    <th scope="row" className="text-start font-medium">
                      {learner.name}
                      <span className="block font-normal text-slate-600">
                        {t("courseRosters.age", { age: ageInYear(learner.birthYear, year), birthYear: format.year(learner.birthYear) })}
                      </span>
                    </th>
                    <td>
                      {learner.user && (
                        <span className="block">
                          {t("courseRosters.selfLearner")}
                          <span className="block text-slate-600">
                            <bdi dir="ltr">{learner.user.email}</bdi>
                          </span>
                        </span>
                      )}
                      {guardians.map((guardian) => (
                        <span key={guardian.id} className="block">
                          {guardian.name}
                          <span className="block text-slate-600">
                            <bdi dir="ltr">{guardian.email}</bdi>
                            {guardian.phone && (
                              <>
                                {" · "}
                                <bdi dir="ltr">{guardian.phone}</bdi>
                              </>
                            )}
                          </span>
                        </span>
                      ))}
                      {!learner.user && guardians.length === 0 && <span className="text-slate-600">{t("courseRosters.noContact")}</span>}
                    </td>
                    <td data-testid="roster-status">
                      {t(`courseRosters.status.${row.status}`)}
                      {row.position !== null && <span className="block text-slate-600">{t("courseRosters.position", { position: row.position })}</span>}
                      {row.offerExpiresAt && (
                        <span className="block text-slate-600">{t("courseRosters.offerUntil", { deadline: format.dateTime(row.offerExpiresAt) })}</span>
                      )}
                    </td>
                    <td data-testid="roster-payment">
                      {t(`courseRosters.paymentStatus.${row.paymentStatus}`)}
                      {row.receiptReference && (
                        <span className="block text-slate-600">
                          {t("courseRosters.receipt")} <bdi dir="ltr">{row.receiptReference}</bdi>
                        </span>
                      )}
                    </td>
                    <td className="no-print">
                      <RosterRowActions
                        enrollmentId={row.id}
                        learnerName={learner.name}
                        paymentStatus={row.paymentStatus}
                        receiptReference={row.receiptReference}
                        live={ACTIVE_STATUSES.includes(row.status)}
                        moveChoices={moveChoices}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
        )}
      </RosterNoticeArea>
      <Pagination
        id="roster"
        page={roster}
        pathname={pathname}
        query={raw}
        label={t("courseRosters.pagesLabel")}
        totalLabel={t("courseRosters.count", { count: roster.total })}
      />

      <CardSection headingId="enroll-heading" title={t("courseRosters.enroll.title")} lead={t("courseRosters.enroll.lead")}>
        <form method="get" className="no-print flex flex-wrap items-end gap-3">
          {Object.entries(withQuery(raw, { [ACCOUNT_PARAM]: undefined })).flatMap(([name, value]) =>
            (Array.isArray(value) ? value : [value]).map((one) => <input key={`${name}-${one}`} type="hidden" name={name} value={one} />),
          )}
          <div className="min-w-64 grow">
            <Field id="enroll-account" label={t("courseRosters.enroll.emailLabel")} error={lookupError}>
              <input
                id="enroll-account"
                name={ACCOUNT_PARAM}
                type="email"
                dir="ltr"
                defaultValue={accountEmail}
                className={controlClass}
                aria-invalid={lookupError ? true : undefined}
                aria-describedby={lookupError ? "enroll-account-error" : undefined}
              />
            </Field>
          </div>
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("courseRosters.enroll.find")}
          </button>
        </form>
        {lookup && (
          <div className="mt-6 space-y-6" data-testid="enroll-account">
            <p className="font-medium">
              {t("courseRosters.enroll.account", { name: lookup.account.name })}
              <span className="block font-normal text-slate-600">
                <bdi dir="ltr">{lookup.account.email}</bdi>
              </span>
            </p>
            {lookup.learners.length > 0 ? (
              <EnrollOnBehalfForm
                sectionId={section.id}
                learners={lookup.learners.map((learner) => ({ id: learner.id, name: learner.name, birthYear: learner.birthYear, self: learner.userId === lookup.account.id }))}
              />
            ) : (
              <p className="text-slate-700">{t("courseRosters.enroll.noLearners")}</p>
            )}
            <div className="border-t border-slate-200 pt-4">
              <h3 className="font-semibold">{t("courseRosters.enroll.addTitle")}</h3>
              <div className="mt-2">
                <AddLearnerOnBehalfForm userId={lookup.account.id} />
              </div>
            </div>
          </div>
        )}
      </CardSection>
    </div>
  );
}
