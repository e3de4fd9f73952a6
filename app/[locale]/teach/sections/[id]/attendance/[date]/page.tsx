import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requireActor } from "@/lib/auth/session.server";
import { getSectionAttendance } from "@/lib/courses/get-section-attendance";
import { mayReadRosters } from "@/lib/courses/policy";
import { ATTENDANCE_STATUSES } from "@/lib/courses/rules";
import { isDomainError } from "@/lib/errors";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { translated } from "@/lib/i18n/translated";
import type { Locale } from "@/lib/i18n/locales";
import { orNotFound } from "@/lib/http/or-not-found";
import { PageHeading } from "@/components/catalogue/page-heading";
import { AttendanceForm } from "@/components/teaching/attendance-form";
import { occurrenceText } from "@/components/teaching/meeting-text";

/** Per request (ADR 0007). */
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teaching.attendance");
  return { title: t("title") };
}

/** Reads the sheet; a date the section does not meet on is no page at all (404), like a section not one's own. */
async function loadSheet(...args: Parameters<typeof getSectionAttendance>) {
  try {
    return await orNotFound(getSectionAttendance(...args));
  } catch (error) {
    if (isDomainError(error) && error.code === "invalid") notFound();
    throw error;
  }
}

/** The attendance of one meeting date: a radio group per enrolled learner, or why it cannot be marked. */
export default async function AttendancePage({ params }: PageProps<"/[locale]/teach/sections/[id]/attendance/[date]">) {
  const { locale, id, date } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(`/teach/sections/${id}/attendance/${date}`);
  if (!mayReadRosters(actor)) forbidden();
  const sheet = await loadSheet(getDb(), actor, { sectionId: id, date });
  const t = await getTranslations("teaching");
  const tCommon = await getTranslations("common");
  const format = formatFor(locale);
  const held = sheet.occurrences.filter((o) => !o.cancelled);

  return (
    <div className="space-y-6">
      <PageHeading
        title={t("attendance.heading", { date: format.calendarDate(sheet.date) })}
        lead={t("attendance.lead", { course: translated(sheet.section.course, "title", locale as Locale), code: sheet.section.code })}
      />
      <ul className="text-slate-700">
        {(held.length ? held : sheet.occurrences).map((o) => (
          <li key={o.meetingId}>{occurrenceText(format, o)}</li>
        ))}
      </ul>
      {sheet.refusal ? (
        <p role="status" className="rounded border-s-4 border-amber-600 bg-amber-50 p-4 text-amber-950">
          {t(`attendance.refusal.${sheet.refusal}`)}
        </p>
      ) : sheet.learners.length === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t("attendance.noLearners")}</p>
      ) : (
        <>
          <p className="text-slate-700">{t("attendance.help")}</p>
          <AttendanceForm
            sectionId={sheet.section.id}
            date={sheet.date}
            statuses={ATTENDANCE_STATUSES}
            learners={sheet.learners.map((l) => ({ enrollmentId: l.enrollmentId, name: l.learner.name, status: l.status }))}
            labels={{
              statuses: Object.fromEntries(ATTENDANCE_STATUSES.map((s) => [s, t(`attendanceStatus.${s}`)])) as Record<(typeof ATTENDANCE_STATUSES)[number], string>,
              submit: t("attendance.save"),
              working: tCommon("working"),
            }}
          />
        </>
      )}
      <Link href={`/teach/sections/${sheet.section.id}`} className="inline-block text-slate-700 underline">
        {t("attendance.back")}
      </Link>
    </div>
  );
}
