import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { listCourses } from "@/lib/courses/list-courses";
import { translated } from "@/lib/i18n/translated";
import type { Locale } from "@/lib/i18n/locales";
import { PageHeading } from "@/components/catalogue/page-heading";
import { minutesToTime } from "@/lib/time/center-time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("courses");
  return { title: t("title") };
}

export default async function CoursesPage({ params }: PageProps<"/[locale]/courses">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const format = await getFormatter();
  const courses = await listCourses(getDb());

  return (
    <div>
      <PageHeading title={t("courses.title")} lead={t("courses.lead")} />
      <ul className="grid gap-6 md:grid-cols-2">
        {courses.map((course) => (
          <li key={course.id} className="rounded-xl border border-slate-200 bg-white p-6">
            <h2 className="text-lg font-semibold">{translated(course, "title", locale as Locale)}</h2>
            <p className="mt-1 text-sm text-slate-600">
              {t("courses.levelAudience", { level: course.level, audience: t(`courses.audience.${course.audience}`) })}
            </p>
            <p className="mt-2 text-slate-700">{translated(course, "description", locale as Locale)}</p>
            <h3 className="mt-4 text-sm font-semibold">{t("courses.sections")}</h3>
            <ul className="mt-2 space-y-2 text-sm">
              {course.sections.map((section) => (
                <li key={section.id} className="rounded border border-slate-100 p-2">
                  <span className="font-medium">{section.code}</span> ·{" "}
                  {format.dateTimeRange(section.termStart, section.termEnd, { dateStyle: "medium", timeZone: "UTC" })}
                  <span className="block text-slate-600">
                    {section.meetings
                      .map((m) => `${t(`weekdays.${m.weekday}`)} ${minutesToTime(m.startMinute)}–${minutesToTime(m.endMinute)}`)
                      .join(", ")}{" "}
                    · {section.online ? t("courses.online") : section.room?.name}
                  </span>
                  <span className="block text-slate-600">
                    {t("courses.feeAndPlaces", { fee: format.number(section.feePkr), free: Math.max(0, section.capacity - section.enrolledCount) })}
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
