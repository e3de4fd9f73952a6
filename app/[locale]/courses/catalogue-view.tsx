import type { Metadata } from "next";
import type { CatalogueViewProps } from "@/lib/http/catalogue-views";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { COURSE_SORTS, CourseListQuerySchema, listCourses } from "@/lib/courses/list-courses";
import { formatFor } from "@/lib/i18n/format";
import { parseInput } from "@/lib/validation";
import { PageHeading } from "@/components/catalogue/page-heading";
import { SortForm } from "@/components/catalogue/sort-form";
import { LocalizedText } from "@/components/ui/localized-text";
import { Pagination } from "@/components/ui/pagination";

const PATHNAME = "/courses";
const MINUTE = 60_000;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("courses");
  return { title: t("title") };
}

/** The catalogue as one component: the static page shows it unfiltered, the filtered view (catalogue-views.ts) with a query. */
export async function CoursesCatalogue({ locale, searchParams }: CatalogueViewProps) {
  setRequestLocale(locale);
  const t = await getTranslations();
  const format = formatFor(locale);
  // Terms are calendar days and meetings wall-clock times, both stored as UTC readings: show them as stored.
  const asStored = formatFor(locale, "UTC");
  const raw = searchParams;
  const query = parseInput(CourseListQuerySchema, raw);
  const courses = await listCourses(getDb(), format.locale, query);
  const count = t("courses.count", { count: courses.total });

  return (
    <div>
      <PageHeading title={t("courses.title")} lead={t("courses.lead")} />
      {courses.total === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t("courses.empty")}</p>
      ) : (
        <>
          <SortForm
            id="courses"
            label={t("courses.sortLabel")}
            sort={query.sort}
            dir={query.dir}
            options={COURSE_SORTS.map((value) => ({ value, label: t(`courses.sort.${value}`) }))}
            query={raw}
          />
          <p className="mb-4 text-sm text-slate-600" data-testid="list-total">
            {count}
          </p>
          {courses.rows.length === 0 ? (
            <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t("paging.emptyPage")}</p>
          ) : (
            <ul className="grid gap-6 md:grid-cols-2">
              {courses.rows.map((course) => (
                <li key={course.id} className="rounded-xl border border-slate-200 bg-white p-6">
                  <h2 className="text-lg font-semibold">
                    <LocalizedText record={course} field="title" />
                  </h2>
                  <p className="mt-1 text-sm text-slate-600">
                    {t("courses.levelAudience", { level: course.level, audience: t(`courses.audience.${course.audience}`) })}
                  </p>
                  <p className="mt-2 text-slate-700">
                    <LocalizedText record={course} field="description" />
                  </p>
                  <h3 className="mt-4 text-sm font-semibold">{t("courses.sections")}</h3>
                  <ul className="mt-2 space-y-2 text-sm">
                    {course.sections.map((section) => (
                      <li key={section.id} className="rounded border border-slate-100 p-2">
                        <span className="font-medium">{section.code}</span> · {asStored.dateTimeRange(section.termStart, section.termEnd, { date: "medium" })}
                        <span className="block text-slate-600">
                          {format.list(
                            section.meetings.map(
                              (m) => `${t(`weekdays.${m.weekday}`)} ${asStored.dateTimeRange(new Date(m.startMinute * MINUTE), new Date(m.endMinute * MINUTE), { time: "short" })}`,
                            ),
                          )}{" "}
                          · {section.online ? t("courses.online") : section.room && <LocalizedText record={section.room} field="name" />}
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
          )}
          <Pagination id="courses" page={courses} pathname={PATHNAME} query={raw} label={t("courses.pagesLabel")} totalLabel={count} />
        </>
      )}
    </div>
  );
}
