import type { Metadata } from "next";
import { cache } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { getActor } from "@/lib/auth/session.server";
import { orNotFound } from "@/lib/http/or-not-found";
import { getCourse } from "@/lib/courses/get-course";
import { AUDIENCE_AGES, TORFL_LEVEL } from "@/lib/courses/rules";
import { translated } from "@/lib/i18n/translated";
import { endonymOf, type Locale } from "@/lib/i18n/locales";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { scheduleText } from "@/components/course-catalogue/schedule-text";
import { SectionEntry } from "@/components/course-catalogue/section-entry";
import { LocalizedText } from "@/components/ui/localized-text";
import { PageSection } from "@/components/ui/section";

/** Per request (ADR 0007): places left and the sections' states are live. */
export const dynamic = "force-dynamic";

/** One read per request, shared by the metadata and the page. */
const loadCourse = cache((slug: string) => orNotFound(getCourse(getDb(), slug)));

export async function generateMetadata({ params }: PageProps<"/[locale]/courses/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  const course = await loadCourse(slug);
  return { title: translated(course, "title", locale as Locale) };
}

const STATE_STYLE = {
  open: "bg-green-50 text-green-900 border-green-700",
  full: "bg-amber-50 text-amber-950 border-amber-600",
  closed: "bg-slate-100 text-slate-800 border-slate-500",
} as const;

export default async function CoursePage({ params }: PageProps<"/[locale]/courses/[slug]">) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const format = formatFor(locale);
  const schedule = scheduleText(locale, t);
  const [course, actor] = await Promise.all([loadCourse(slug), getActor()]);
  const ages = AUDIENCE_AGES[course.audience];

  return (
    <article className="space-y-8" aria-labelledby="course-title">
      <header>
        <p className="text-sm font-semibold text-brand-700">
          <Link href="/courses" className="underline hover:text-brand-800">
            {t("courses.title")}
          </Link>
        </p>
        <h1 id="course-title" className="mt-1 text-3xl font-bold">
          <LocalizedText record={course} field="title" />
        </h1>
        <p className="mt-3 max-w-3xl text-slate-700">
          <LocalizedText record={course} field="description" />
        </p>
        <dl className="mt-4 flex flex-wrap gap-x-8 gap-y-2 text-sm">
          <div>
            <dt className="text-slate-600">{t("courses.filter.level")}</dt>
            <dd className="font-medium" data-testid="course-level">
              {t("courses.levelName", { level: course.level, torfl: t(`courses.torfl.${TORFL_LEVEL[course.level]}`) })}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("courses.filter.audience")}</dt>
            <dd className="font-medium">
              {t(`courses.audience.${course.audience}`)} ·{" "}
              {ages.max === null ? t("courses.agesFrom", { min: ages.min }) : t("courses.ageRange", { min: ages.min, max: ages.max })}
            </dd>
          </div>
        </dl>
      </header>

      <PageSection headingId="sections-heading" title={t("courses.sections")}>
        <p className="mt-1 text-sm text-slate-600">{t("courses.section.timesNote")}</p>
        {course.sections.length === 0 ? (
          <p className="mt-4 rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t("courses.section.none")}</p>
        ) : (
          <ul className="mt-4 grid gap-6 lg:grid-cols-2">
            {course.sections.map((section) => (
              <li key={section.id}>
                <section
                  aria-labelledby={`section-${section.id}`}
                  className="h-full rounded-xl border border-slate-200 bg-white p-6"
                  data-section-code={section.code}
                  data-state={section.state}
                >
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h3 id={`section-${section.id}`} className="text-lg font-semibold">
                      {t("courses.section.title", { code: section.code })}
                    </h3>
                    <span className={`rounded border-s-4 px-2 py-0.5 text-sm font-medium ${STATE_STYLE[section.state]}`} data-testid="section-state">
                      {t(`courses.state.${section.state}`)}
                    </span>
                  </div>
                  <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-2">
                    <div>
                      <dt className="text-slate-600">{t("courses.section.teacher")}</dt>
                      <dd className="font-medium">{section.teacher?.name ?? t("courses.section.teacherTba")}</dd>
                    </div>
                    <div>
                      <dt className="text-slate-600">{t("courses.section.term")}</dt>
                      <dd className="font-medium">{schedule.term(section)}</dd>
                    </div>
                    <div className="sm:col-span-2">
                      <dt className="text-slate-600">{t("courses.section.meetings")}</dt>
                      <dd className="font-medium">
                        <ul>
                          {section.meetings.map((meeting) => (
                            <li key={meeting.id}>{schedule.meeting(meeting)}</li>
                          ))}
                        </ul>
                      </dd>
                    </div>
                    <div>
                      <dt className="text-slate-600">{t("courses.section.where")}</dt>
                      <dd className="font-medium">
                        {section.online ? t("courses.format.online") : section.room ? <LocalizedText record={section.room} field="name" /> : t("courses.section.roomTba")}
                      </dd>
                    </div>
                    <div>
                      <dt className="text-slate-600">{t("courses.section.language")}</dt>
                      <dd className="font-medium">
                        <span lang={section.instructionLanguage} className="endonym">
                          {endonymOf(section.instructionLanguage)}
                        </span>
                      </dd>
                    </div>
                    <div>
                      <dt className="text-slate-600">{t("courses.section.fee")}</dt>
                      <dd className="font-medium">{format.number(section.feePkr, { style: "currency", currency: "PKR", maximumFractionDigits: 0 })}</dd>
                    </div>
                    <div>
                      <dt className="text-slate-600">{t("courses.section.places")}</dt>
                      <dd className="font-medium" data-testid="places-left">
                        {t("courses.section.placesLeft", { count: section.placesLeft })}
                      </dd>
                    </div>
                    <div className="sm:col-span-2">
                      <dt className="text-slate-600">{t("courses.section.deadline")}</dt>
                      <dd className="font-medium">
                        <time dateTime={section.enrollmentDeadline.toISOString()}>{format.dateTime(section.enrollmentDeadline, { date: "full", time: "short" })}</time>
                      </dd>
                    </div>
                  </dl>
                  <div className="mt-4 flex flex-wrap items-center gap-4">
                    <SectionEntry courseSlug={course.slug} section={section} signedIn={!!actor} locale={locale} />
                    <a href={`/api/v1/sections/${section.id}/calendar.ics?locale=${locale}`} className="text-brand-700 underline hover:text-brand-800" download>
                      {t("courses.section.calendar")}
                      <span className="sr-only">
                        {": "}
                        {t("courses.section.title", { code: section.code })}
                      </span>
                    </a>
                  </div>
                </section>
              </li>
            ))}
          </ul>
        )}
      </PageSection>
    </article>
  );
}
