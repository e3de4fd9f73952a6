import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requirePagePermission } from "@/lib/auth/session.server";
import { can } from "@/lib/auth/authorize";
import { orNotFound } from "@/lib/http/or-not-found";
import { AUDIT_PERMISSIONS, auditHistoryHref } from "@/lib/audit/policy";
import { COURSE_PERMISSIONS, sectionState } from "@/lib/courses/policy";
import { getStaffCourse } from "@/lib/courses/get-staff-course";
import { listSectionChoices } from "@/lib/courses/get-staff-section";
import { courseLanguages } from "@/lib/courses/list-staff-courses";
import { retireCourseAction } from "@/lib/courses/catalogue-actions";
import { dateOnly } from "@/lib/courses/section-occurrences";
import { ENDONYMS, locales, type Locale } from "@/lib/i18n/locales";
import { formatFor } from "@/lib/i18n/format";
import { translated } from "@/lib/i18n/translated";
import { Link } from "@/lib/i18n/navigation";
import { minutesToTime } from "@/lib/time/center-time";
import { CardSection } from "@/components/ui/section";
import { DataTable, HeaderCell, TableHead } from "@/components/ui/data-table";
import { LocalizedText } from "@/components/ui/localized-text";
import { CourseForm } from "@/components/admin/courses/course-form";
import { SectionForm } from "@/components/admin/courses/section-form";
import { ConfirmActionForm } from "@/components/admin/courses/confirm-action-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("courseAdmin");
  return { title: t("editTitle") };
}

/** Staff edit a course in five languages, see and add its sections, and retire it. */
export default async function EditCoursePage({ params }: PageProps<"/[locale]/admin/courses/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requirePagePermission(COURSE_PERMISSIONS.manageCatalogue, `/admin/courses/${id}`);
  const db = getDb();
  const [course, choices] = await Promise.all([orNotFound(getStaffCourse(db, actor, id)), listSectionChoices(db, actor)]);
  const t = await getTranslations("courseAdmin");
  const tDay = await getTranslations("weekdays");
  const format = formatFor(locale);
  const languages = courseLanguages(course);
  const missing = locales.filter((l) => !languages[l]).map((l) => ENDONYMS[l]);
  const now = new Date();

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">
          <LocalizedText record={course} field="title" />
        </h1>
        <p className="text-slate-700" data-testid="course-status">
          {course.retiredAt ? t("retiredOn", { date: format.date(course.retiredAt) }) : course.published ? t("published") : t("unpublished")} ·{" "}
          {missing.length === 0 ? t("allLanguagesFilled") : t("languagesMissing", { languages: format.list(missing) })}
        </p>
        <div className="flex flex-wrap items-center gap-4">
          {course.published && (
            <Link href={`/courses/${course.slug}`} className="text-brand-700 underline">
              {t("viewPublic")}
            </Link>
          )}
          {can(actor, AUDIT_PERMISSIONS.read) && (
            <Link href={auditHistoryHref("Course", course.id)} className="text-slate-700 underline">
              {t("history")}
            </Link>
          )}
          <Link href="/admin/courses" className="text-slate-700 underline">
            {t("allCourses")}
          </Link>
        </div>
      </header>

      {!course.retiredAt && (
        <CardSection headingId="course-texts-heading" title={t("detailsTitle")} lead={t("detailsLead")}>
          <CourseForm
            course={{
              id: course.id,
              slug: course.slug,
              title: course.title,
              description: course.description,
              translations: course.translations,
              level: course.level,
              audience: course.audience,
              published: course.published,
            }}
          />
        </CardSection>
      )}

      <section aria-labelledby="sections-heading" className="space-y-4">
        <h2 id="sections-heading" className="text-lg font-semibold">
          {t("sectionsTitle")}
        </h2>
        {course.sections.length === 0 ? (
          <p className="text-slate-700">{t("noSections")}</p>
        ) : (
          <DataTable caption={t("sectionsCaption")}>
            <TableHead>
              <HeaderCell>{t("code")}</HeaderCell>
              <HeaderCell>{t("term")}</HeaderCell>
              <HeaderCell>{t("teacher")}</HeaderCell>
              <HeaderCell>{t("meetings")}</HeaderCell>
              <HeaderCell align="end">{t("places")}</HeaderCell>
              <HeaderCell>{t("status")}</HeaderCell>
            </TableHead>
            <tbody>
              {course.sections.map((section) => (
                <tr key={section.id} className="border-t border-slate-100" data-section={section.code}>
                  <th scope="row" className="text-start font-normal">
                    <Link href={`/admin/courses/sections/${section.id}`} className="font-semibold text-brand-700 underline" dir="ltr">
                      {section.code}
                    </Link>
                  </th>
                  <td className="whitespace-nowrap">{t("termRange", { start: format.calendarDate(dateOnly(section.termStart), "medium"), end: format.calendarDate(dateOnly(section.termEnd), "medium") })}</td>
                  <td>{section.teacher?.name ?? t("noTeacher")}</td>
                  <td>
                    {section.meetings.length === 0
                      ? t("noMeetings")
                      : format.list(section.meetings.map((m) => t("meetingTime", { weekday: tDay(String(m.weekday) as "1"), start: minutesToTime(m.startMinute), end: minutesToTime(m.endMinute) })))}
                  </td>
                  <td className="text-end tabular-nums">{t("placesTaken", { enrolled: section.enrolledCount, capacity: section.capacity })}</td>
                  <td>{t(`sectionStates.${section.retiredAt ? "retired" : sectionState({ ...section, course }, now)}`)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
        {!course.retiredAt && (
          <CardSection headingId="add-section-heading" title={t("addSectionTitle")} lead={t("addSectionLead", { course: translated(course, "title", locale as Locale) })}>
            <SectionForm
              courseId={course.id}
              teachers={choices.teachers.map((teacher) => ({ id: teacher.id, label: teacher.name }))}
              rooms={choices.rooms.map((room) => ({ id: room.id, label: translated(room, "name", locale as Locale) }))}
            />
          </CardSection>
        )}
      </section>

      {!course.retiredAt && (
        <CardSection headingId="retire-course-heading" title={t("retireCourseTitle")} lead={t("retireCourseLead")}>
          <ConfirmActionForm id="retire-course-confirm" action={retireCourseAction} fields={{ courseId: course.id }} confirmLabel={t("retireCourseConfirm")} buttonLabel={t("retireCourse")} />
        </CardSection>
      )}
    </div>
  );
}
