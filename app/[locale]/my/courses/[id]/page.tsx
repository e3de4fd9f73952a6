import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { orNotFound } from "@/lib/http/or-not-found";
import { requireActor } from "@/lib/auth/session.server";
import { getEnrollment } from "@/lib/courses/get-enrollment";
import { ACTIVE_STATUSES } from "@/lib/courses/rules";
import { COURSE_PERMISSIONS } from "@/lib/courses/policy";
import { can } from "@/lib/auth/authorize";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { FormAlert } from "@/components/ui/form-alert";
import { LocalizedText } from "@/components/ui/localized-text";
import { EnrollmentStatusBadge } from "@/components/courses/enrollment-status-badge";
import { MeetingSchedule, WeeklyMeetings } from "@/components/courses/meeting-schedule";
import { AcceptOfferForm } from "@/components/courses/accept-offer-form";

/** Per request (ADR 0007). */
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("courseLearner.enrollment");
  return { title: t("title") };
}

/**
 * One enrollment of a learner the person looks after: its confirmation right after enrolling, the
 * offer to accept, the full schedule of the term and the calendar file. Anyone else gets 404.
 */
export default async function MyEnrollmentPage({ params, searchParams }: PageProps<"/[locale]/my/courses/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { enrolled, accepted } = await searchParams;
  const actor = await requireActor(`/my/courses/${id}`);
  const enrollment = await orNotFound(getEnrollment(getDb(), actor, id));
  const t = await getTranslations("courseLearner");
  const tAll = await getTranslations();
  const format = formatFor(locale);
  const asStored = formatFor(locale, "UTC");
  const { section, learner } = enrollment;
  const course = section.course;
  // A teacher or staff member may read the enrollment here; accepting and dropping are for the learner's people.
  const mayAct = can(actor, COURSE_PERMISSIONS.enrollOwn);

  return (
    <div className="space-y-8">
      {enrolled === "1" && enrollment.status === "ENROLLED" && <FormAlert tone="success" message={t("enrollment.enrolledNotice", { learner: learner.name })} />}
      {accepted === "1" && enrollment.status === "ENROLLED" && <FormAlert tone="success" message={t("forms.accepted")} />}
      {enrolled === "1" && enrollment.status === "WAITLISTED" && enrollment.position !== null && (
        <FormAlert tone="success" message={t("enrollment.waitlistedNotice", { learner: learner.name, position: enrollment.position })} />
      )}

      <section aria-labelledby="enrollment-heading" className="rounded-xl border border-slate-200 bg-white p-6">
        <h1 id="enrollment-heading" className="text-2xl font-bold">
          <LocalizedText record={course} field="title" />
        </h1>
        <p className="mt-1 text-slate-600">
          {section.code} · {tAll("courses.levelAudience", { level: course.level, audience: tAll(`courses.audience.${course.audience}`) })}
        </p>
        <dl className="mt-4 grid gap-3 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-slate-600">{t("enrollment.learner")}</dt>
            <dd className="font-medium" data-testid="enrollment-learner">
              {learner.name}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("enrollment.status")}</dt>
            <dd>
              <EnrollmentStatusBadge status={enrollment.status} label={t(`status.${enrollment.status}`)} />
            </dd>
          </div>
          {enrollment.status === "WAITLISTED" && enrollment.position !== null && (
            <div>
              <dt className="text-sm text-slate-600">{t("enrollment.position")}</dt>
              <dd className="font-medium" data-testid="waitlist-position">
                {format.number(enrollment.position)}
              </dd>
            </div>
          )}
          {enrollment.status === "OFFERED" && enrollment.offerExpiresAt && (
            <div>
              <dt className="text-sm text-slate-600">{t("enrollment.offerUntil")}</dt>
              <dd className="font-medium">
                <time dateTime={enrollment.offerExpiresAt.toISOString()}>{format.dateTime(enrollment.offerExpiresAt, { date: "full", time: "short" })}</time>
              </dd>
            </div>
          )}
          <div>
            <dt className="text-sm text-slate-600">{t("enroll.teacher")}</dt>
            <dd className="font-medium">{section.teacher?.name ?? t("enroll.toBeAnnounced")}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("enroll.term")}</dt>
            <dd className="font-medium">{asStored.dateTimeRange(section.termStart, section.termEnd, { date: "long" })}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("enroll.meetings")}</dt>
            <dd className="font-medium">
              <WeeklyMeetings meetings={section.meetings} />
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("enroll.place")}</dt>
            <dd className="font-medium">{section.online ? t("enroll.online") : section.room ? <LocalizedText record={section.room} field="name" /> : t("enroll.toBeAnnounced")}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("enroll.fee")}</dt>
            <dd className="font-medium">{t("enroll.feeAmount", { fee: format.number(section.feePkr) })}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("enrollment.feeStatus")}</dt>
            <dd className="font-medium" data-testid="payment-status">
              {t(`payment.${enrollment.paymentStatus}`)}
              {enrollment.receiptReference && <span className="block text-sm text-slate-600">{t("enrollment.receipt", { reference: enrollment.receiptReference })}</span>}
            </dd>
          </div>
        </dl>

        {mayAct && enrollment.status === "OFFERED" && enrollment.offerExpiresAt && (
          <div className="mt-6 space-y-3 rounded border-s-4 border-blue-700 bg-blue-50 p-4 text-blue-950">
            <p>{t("enrollment.offerNotice", { learner: learner.name, deadline: format.dateTime(enrollment.offerExpiresAt, { date: "full", time: "short" }) })}</p>
            <AcceptOfferForm enrollmentId={enrollment.id} />
          </div>
        )}

        <div className="mt-6 flex flex-wrap gap-4">
          <a href={`/api/v1/sections/${section.id}/calendar.ics?locale=${locale}`} className="font-semibold text-brand-700 underline hover:text-brand-800">
            {t("enrollment.downloadIcs")}
          </a>
          <Link href={`/courses/${course.slug}`} className="text-slate-700 underline">
            {t("enroll.backToCourse")}
          </Link>
          <Link href="/my/courses" className="text-slate-700 underline">
            {t("enrollment.allEnrollments")}
          </Link>
          {mayAct && ACTIVE_STATUSES.includes(enrollment.status) && (
            <Link href={`/my/courses/${enrollment.id}/drop`} className="text-accent-600 underline">
              {t("enrollment.drop")}
            </Link>
          )}
        </div>
      </section>

      <section aria-labelledby="schedule-heading" className="rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="schedule-heading" className="text-lg font-semibold">
          {t("enrollment.scheduleTitle")}
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-600">{t("enrollment.scheduleLead")}</p>
        <MeetingSchedule section={section} />
      </section>
    </div>
  );
}
