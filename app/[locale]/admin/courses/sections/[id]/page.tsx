import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requirePagePermission } from "@/lib/auth/session.server";
import { can } from "@/lib/auth/authorize";
import { orNotFound } from "@/lib/http/or-not-found";
import { AUDIT_PERMISSIONS, auditHistoryHref } from "@/lib/audit/policy";
import { COURSE_PERMISSIONS, sectionState } from "@/lib/courses/policy";
import { UPCOMING_OCCURRENCES_SHOWN } from "@/lib/courses/rules";
import { getStaffSection, listSectionChoices } from "@/lib/courses/get-staff-section";
import { removeMeetingAction, retireSectionAction } from "@/lib/courses/catalogue-actions";
import { dateOnly, upcomingOccurrences } from "@/lib/courses/section-occurrences";
import { centerDateOf, minutesToTime } from "@/lib/time/center-time";
import type { Locale } from "@/lib/i18n/locales";
import { formatFor } from "@/lib/i18n/format";
import { translated } from "@/lib/i18n/translated";
import { Link } from "@/lib/i18n/navigation";
import { CardSection } from "@/components/ui/section";
import { ActionButton } from "@/components/ui/action-button";
import { LocalizedText } from "@/components/ui/localized-text";
import { SectionForm } from "@/components/admin/courses/section-form";
import { CapacityForm } from "@/components/admin/courses/capacity-form";
import { MeetingForm } from "@/components/admin/courses/meeting-form";
import { CancelOccurrenceForm } from "@/components/admin/courses/cancel-occurrence-form";
import { ConfirmActionForm } from "@/components/admin/courses/confirm-action-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("courseAdmin");
  return { title: t("sectionTitle") };
}

/** Staff edit one section: its facts, capacity and weekly meetings; cancel single occurrences; retire it. */
export default async function EditSectionPage({ params }: PageProps<"/[locale]/admin/courses/sections/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requirePagePermission(COURSE_PERMISSIONS.manageCatalogue, `/admin/courses/sections/${id}`);
  const db = getDb();
  const [section, choices] = await Promise.all([orNotFound(getStaffSection(db, actor, id)), listSectionChoices(db, actor)]);
  const t = await getTranslations("courseAdmin");
  const tAll = await getTranslations();
  const tDay = await getTranslations("weekdays");
  const format = formatFor(locale);
  const now = new Date();
  const retired = section.retiredAt !== null;
  const occurrences = upcomingOccurrences(section, now, UPCOMING_OCCURRENCES_SHOWN);
  const meetingText = (m: { weekday: number; startMinute: number; endMinute: number }) =>
    t("meetingTime", { weekday: tDay(String(m.weekday) as "1"), start: minutesToTime(m.startMinute), end: minutesToTime(m.endMinute) });

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-slate-700">
          <Link href={`/admin/courses/${section.course.id}`} className="text-brand-700 underline">
            <LocalizedText record={section.course} field="title" />
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t("sectionHeading", { code: section.code })}</h1>
        <p className="text-slate-700" data-testid="section-status">
          {t(`sectionStates.${retired ? "retired" : sectionState(section, now)}`)} · {t("placesTaken", { enrolled: section.enrolledCount, capacity: section.capacity })}
        </p>
        <div className="flex flex-wrap items-center gap-4">
          <Link href={`/admin/courses/sections/${section.id}/roster`} className="text-brand-700 underline">
            {t("roster")}
          </Link>
          {can(actor, AUDIT_PERMISSIONS.read) && (
            <Link href={auditHistoryHref("CourseSection", section.id)} className="text-slate-700 underline">
              {t("history")}
            </Link>
          )}
        </div>
      </header>

      {!retired && (
        <>
          <CardSection headingId="section-details-heading" title={t("sectionDetailsTitle")} lead={tAll("common.timeZoneNote")}>
            <SectionForm
              section={{
                id: section.id,
                code: section.code,
                teacherId: section.teacherId,
                online: section.online,
                roomId: section.roomId,
                instructionLanguage: section.instructionLanguage,
                feePkr: section.feePkr,
                offerHours: section.offerHours,
                autoEnroll: section.autoEnroll,
                termStart: dateOnly(section.termStart),
                termEnd: dateOnly(section.termEnd),
                enrollmentDeadline: centerDateOf(section.enrollmentDeadline),
              }}
              teachers={choices.teachers.map((teacher) => ({ id: teacher.id, label: teacher.name }))}
              rooms={choices.rooms.map((room) => ({ id: room.id, label: translated(room, "name", locale as Locale) }))}
            />
          </CardSection>
          <CardSection headingId="capacity-heading" title={t("capacityTitle")} lead={t("capacityLead", { enrolled: section.enrolledCount })}>
            <CapacityForm sectionId={section.id} capacity={section.capacity} />
          </CardSection>
        </>
      )}

      <CardSection headingId="meetings-heading" title={t("meetingsTitle")} lead={tAll("common.timeZoneNote")}>
        {section.meetings.length === 0 ? (
          <p className="text-slate-700">{t("noMeetings")}</p>
        ) : (
          <ul className="space-y-2">
            {section.meetings.map((meeting) => (
              <li key={meeting.id} className="flex flex-wrap items-center gap-3" data-meeting={meeting.id}>
                <span>{meetingText(meeting)}</span>
                {!retired && (
                  <ActionButton action={removeMeetingAction} fields={{ meetingId: meeting.id }} label={t("removeMeeting")} accessibleLabel={t("removeMeetingLabel", { meeting: meetingText(meeting) })} tone="secondary" />
                )}
              </li>
            ))}
          </ul>
        )}
        {!retired && (
          <div className="mt-6 border-t border-slate-200 pt-4">
            <h3 className="mb-2 font-semibold">{t("addMeetingTitle")}</h3>
            <MeetingForm sectionId={section.id} />
          </div>
        )}
      </CardSection>

      <CardSection headingId="occurrences-heading" title={t("occurrencesTitle")} lead={t("occurrencesLead")}>
        {occurrences.length === 0 ? (
          <p className="text-slate-700">{t("noOccurrences")}</p>
        ) : (
          <ol className="space-y-3">
            {occurrences.map(({ meeting, date, startsAt, cancellation }) => {
              const label = t("occurrence", { date: format.calendarDate(date, "full"), time: format.time(startsAt) });
              return (
                <li key={`${meeting.id}-${date}`} className="flex flex-wrap items-center gap-3 border-b border-slate-100 pb-3" data-occurrence={date} data-cancelled={cancellation ? "true" : "false"}>
                  <span className="min-w-64 font-medium">{label}</span>
                  {cancellation ? (
                    <span className="text-accent-600">{cancellation.reason ? t("cancelledBecause", { reason: cancellation.reason }) : t("cancelled")}</span>
                  ) : (
                    !retired && <CancelOccurrenceForm meetingId={meeting.id} date={date} label={label} />
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </CardSection>

      {!retired && (
        <CardSection headingId="retire-section-heading" title={t("retireSectionTitle")} lead={t("retireSectionLead")}>
          <ConfirmActionForm id="retire-section-confirm" action={retireSectionAction} fields={{ sectionId: section.id }} confirmLabel={t("retireSectionConfirm")} buttonLabel={t("retireSection")} />
        </CardSection>
      )}
    </div>
  );
}
