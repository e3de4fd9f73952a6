import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requirePagePermission } from "@/lib/auth/session.server";
import { COURSE_PERMISSIONS } from "@/lib/courses/policy";
import { ACTIVE_STATUSES } from "@/lib/courses/rules";
import { listOwnEnrollments } from "@/lib/courses/list-own-enrollments";
import { MyEnrollmentsQuerySchema } from "@/lib/courses/schemas";
import { listOwnLearners } from "@/lib/courses/list-own-learners";
import { parseInput } from "@/lib/validation";
import { withQueryFallback } from "@/lib/http/query-fallback";
import { translated } from "@/lib/i18n/translated";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/catalogue/page-heading";
import { FormAlert } from "@/components/ui/form-alert";
import { DataTable, HeaderCell, SortableHeaderCell, TableHead } from "@/components/ui/data-table";
import type { ListLocation } from "@/components/ui/list-query";
import { Pagination } from "@/components/ui/pagination";
import { LocalizedText } from "@/components/ui/localized-text";
import { EnrollmentStatusBadge } from "@/components/courses/enrollment-status-badge";
import { WeeklyMeetings } from "@/components/courses/meeting-schedule";
import { AcceptOfferForm } from "@/components/courses/accept-offer-form";
import { EnrollmentFilterForm } from "@/components/courses/enrollment-filter-form";

/** Per request (ADR 0007). */
export const dynamic = "force-dynamic";

const PATHNAME = "/my/courses";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("courseLearner.my");
  return { title: t("title") };
}

/** The enrollments of the person and the children they look after: status, waitlist position, offers to accept, fees. */
export default async function MyCoursesPage({ params, searchParams }: PageProps<"/[locale]/my/courses">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePagePermission(COURSE_PERMISSIONS.enrollOwn, PATHNAME);
  const t = await getTranslations("courseLearner");
  const tAll = await getTranslations();
  const format = formatFor(locale);
  const raw = await searchParams;
  const { result: query, invalidQuery } = await withQueryFallback(
    async () => parseInput(MyEnrollmentsQuerySchema, raw),
    async () => parseInput(MyEnrollmentsQuerySchema, {}),
  );
  const db = getDb();
  const [enrollments, learners] = await Promise.all([listOwnEnrollments(db, actor, query), listOwnLearners(db, actor)]);
  const count = t("my.count", { count: enrollments.total });
  const list: ListLocation = { pathname: PATHNAME, query: raw, sort: query.sort, dir: query.dir };
  const filtered = Boolean(query.status || query.learnerId);

  return (
    <div className="space-y-6">
      <PageHeading title={t("my.title")} lead={t("my.lead")} />
      {raw.dropped === "1" && <FormAlert tone="success" message={t("my.dropped")} />}
      <p className="text-sm text-slate-600">{tAll("common.timeZoneNote")}</p>
      {invalidQuery && <FormAlert message={t("my.invalidFilter")} />}
      {(enrollments.total > 0 || filtered) && <EnrollmentFilterForm query={query} learners={learners} resetHref={PATHNAME} />}
      {enrollments.total === 0 ? (
        <div className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">
          <p>{filtered ? t("my.noMatch") : t("my.empty")}</p>
          <Link href="/courses" className="mt-3 inline-block font-semibold text-brand-700 underline">
            {t("my.browse")}
          </Link>
        </div>
      ) : enrollments.rows.length === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{tAll("paging.emptyPage")}</p>
      ) : (
        <DataTable caption={t("my.caption", { page: enrollments.page, pageCount: enrollments.pageCount })} density="comfortable">
          <TableHead>
            <HeaderCell>{t("my.learner")}</HeaderCell>
            <HeaderCell>{t("my.course")}</HeaderCell>
            <SortableHeaderCell column="termStart" list={list}>
              {t("my.section")}
            </SortableHeaderCell>
            <SortableHeaderCell column="status" list={list}>
              {t("my.status")}
            </SortableHeaderCell>
            <HeaderCell>{t("my.fee")}</HeaderCell>
            <HeaderCell>{t("my.actions")}</HeaderCell>
          </TableHead>
          <tbody>
            {enrollments.rows.map((enrollment) => {
              const course = enrollment.section.course;
              const names = { learner: enrollment.learner.name, course: translated(course, "title", format.locale) };
              return (
                <tr key={enrollment.id} className="border-t border-slate-100 align-top" data-enrollment-id={enrollment.id}>
                  <th scope="row" className="text-start font-medium">
                    {enrollment.learner.name}
                  </th>
                  <td>
                    <Link href={`/courses/${course.slug}`} className="font-semibold text-brand-700 underline">
                      <LocalizedText record={course} field="title" />
                    </Link>
                    <span className="block text-slate-600">{course.level}</span>
                  </td>
                  <td>
                    {enrollment.section.code}
                    <span className="block text-slate-600">
                      <WeeklyMeetings meetings={enrollment.section.meetings} />
                    </span>
                  </td>
                  <td>
                    <EnrollmentStatusBadge status={enrollment.status} label={t(`status.${enrollment.status}`)} />
                    {enrollment.status === "WAITLISTED" && enrollment.position !== null && (
                      <span className="block text-slate-700" data-testid="waitlist-position">
                        {t("my.positionShort", { position: enrollment.position })}
                      </span>
                    )}
                    {enrollment.status === "OFFERED" && enrollment.offerExpiresAt && (
                      <span className="block text-slate-700">{t("my.offerShort", { deadline: format.dateTime(enrollment.offerExpiresAt, { date: "medium", time: "short" }) })}</span>
                    )}
                  </td>
                  <td>
                    {t("enroll.feeAmount", { fee: format.number(enrollment.section.feePkr) })}
                    <span className="block text-slate-600">{t(`payment.${enrollment.paymentStatus}`)}</span>
                  </td>
                  <td className="space-y-2">
                    {enrollment.status === "OFFERED" && <AcceptOfferForm enrollmentId={enrollment.id} label={t("forms.acceptFor", names)} />}
                    <Link href={`/my/courses/${enrollment.id}`} aria-label={t("my.detailsFor", names)} className="block text-brand-700 underline">
                      {t("my.details")}
                    </Link>
                    {ACTIVE_STATUSES.includes(enrollment.status) && (
                      <Link href={`/my/courses/${enrollment.id}/drop`} aria-label={t("my.dropFor", names)} className="block text-accent-600 underline">
                        {t("my.drop")}
                      </Link>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
      {enrollments.total > 0 && <Pagination id="my-enrollments" page={enrollments} pathname={PATHNAME} query={raw} label={t("my.pagesLabel")} totalLabel={count} />}
      <Link href="/my/learners" className="inline-block text-slate-700 underline">
        {t("my.learnersLink")}
      </Link>
    </div>
  );
}
