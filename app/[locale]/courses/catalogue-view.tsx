import type { Metadata } from "next";
import type { CatalogueViewProps } from "@/lib/http/catalogue-views";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { COURSE_SORTS, CourseListQuerySchema, listCourses } from "@/lib/courses/list-courses";
import { AUDIENCES, CEFR_LEVELS, FORMATS, TIMES_OF_DAY, TORFL_LEVEL, type TimeOfDay } from "@/lib/courses/rules";
import { withQueryFallback } from "@/lib/http/query-fallback";
import { ENDONYMS, endonymOf, locales } from "@/lib/i18n/locales";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { parseInput } from "@/lib/validation";
import { PageHeading } from "@/components/catalogue/page-heading";
import { SortForm } from "@/components/catalogue/sort-form";
import { scheduleText } from "@/components/course-catalogue/schedule-text";
import { FilterActions, FilterSelect } from "@/components/ui/filter-form";
import { FormAlert } from "@/components/ui/form-alert";
import { LocalizedText } from "@/components/ui/localized-text";
import { Pagination } from "@/components/ui/pagination";

const PATHNAME = "/courses";
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("courses");
  return { title: t("title") };
}

/**
 * The catalogue as one component: the static page shows it unfiltered, the filtered view
 * (catalogue-views.ts) with a query. A malformed filter shows every course with a notice. No places
 * left here: this page is cached (ADR 0007); the course page shows them live.
 */
export async function CoursesCatalogue({ locale, searchParams }: CatalogueViewProps) {
  setRequestLocale(locale);
  const t = await getTranslations();
  const format = formatFor(locale);
  const schedule = scheduleText(locale, t);
  const db = getDb();
  const {
    result: { query, courses },
    invalidQuery,
  } = await withQueryFallback(
    async () => {
      const query = parseInput(CourseListQuerySchema, searchParams);
      return { query, courses: await listCourses(db, format.locale, query) };
    },
    async () => {
      const query = parseInput(CourseListQuerySchema, {});
      return { query, courses: await listCourses(db, format.locale, query) };
    },
  );
  const raw = invalidQuery ? {} : searchParams;
  const count = t("courses.count", { count: courses.total });

  return (
    <div>
      <PageHeading title={t("courses.title")} lead={t("courses.lead")} />
      <p className="-mt-3 mb-6">
        <Link href="/courses/level-finder" className="font-semibold text-brand-700 underline hover:text-brand-800">
          {t("courses.levelFinder.invitation")}
        </Link>
      </p>
      {invalidQuery && <FormAlert message={t("courses.filter.invalid")} />}

      <form method="get" className="mb-8 mt-4 grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-4 sm:items-end" aria-label={t("courses.filter.label")}>
        <FilterSelect
          id="filter-audience"
          name="audience"
          label={t("courses.filter.audience")}
          defaultValue={query.audience ?? ""}
          anyLabel={t("courses.filter.anyAudience")}
          options={AUDIENCES.map((value) => ({ value, label: t(`courses.audience.${value}`) }))}
        />
        <FilterSelect
          id="filter-level"
          name="level"
          label={t("courses.filter.level")}
          defaultValue={query.level ?? ""}
          anyLabel={t("courses.filter.anyLevel")}
          options={CEFR_LEVELS.map((value) => ({ value, label: t("courses.levelName", { level: value, torfl: t(`courses.torfl.${TORFL_LEVEL[value]}`) }) }))}
        />
        <FilterSelect
          id="filter-weekday"
          name="weekday"
          label={t("courses.filter.weekday")}
          defaultValue={query.weekday ? String(query.weekday) : ""}
          anyLabel={t("courses.filter.anyWeekday")}
          options={WEEKDAYS.map((day) => ({ value: String(day), label: t(`courses.weekday.${day}`) }))}
        />
        <FilterSelect
          id="filter-time"
          name="time"
          label={t("courses.filter.time")}
          defaultValue={query.time ?? ""}
          anyLabel={t("courses.filter.anyTime")}
          options={(Object.keys(TIMES_OF_DAY) as TimeOfDay[]).map((value) => ({ value, label: t(`courses.timeOfDay.${value}`) }))}
        />
        <FilterSelect
          id="filter-format"
          name="format"
          label={t("courses.filter.format")}
          defaultValue={query.format ?? ""}
          anyLabel={t("courses.filter.anyFormat")}
          options={FORMATS.map((value) => ({ value, label: t(`courses.format.${value}`) }))}
        />
        <FilterSelect
          id="filter-language"
          name="language"
          label={t("courses.filter.language")}
          defaultValue={query.language ?? ""}
          anyLabel={t("courses.filter.anyLanguage")}
          options={locales.map((code) => ({ value: code, label: ENDONYMS[code], lang: code }))}
        />
        <FilterSelect
          id="filter-open"
          name="open"
          label={t("courses.filter.open")}
          defaultValue={query.open === true ? "true" : ""}
          anyLabel={t("courses.filter.anySection")}
          options={[{ value: "true", label: t("courses.filter.openOnly") }]}
        />
        <FilterActions applyLabel={t("courses.filter.apply")} resetLabel={t("courses.filter.reset")} resetHref={PATHNAME} />
      </form>

      {courses.total === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700" data-testid="list-total">
          {t("courses.empty")}
        </p>
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
                <li key={course.id}>
                  <article aria-labelledby={`course-${course.slug}`} className="flex h-full flex-col rounded-xl border border-slate-200 bg-white p-6" data-course={course.slug}>
                    <p className="text-sm font-semibold text-brand-700">
                      {t("courses.levelAudience", {
                        level: t("courses.levelName", { level: course.level, torfl: t(`courses.torfl.${TORFL_LEVEL[course.level]}`) }),
                        audience: t(`courses.audience.${course.audience}`),
                      })}
                    </p>
                    <h2 id={`course-${course.slug}`} className="mt-1 text-lg font-semibold">
                      <LocalizedText record={course} field="title" />
                    </h2>
                    <p className="mt-2 text-slate-700">
                      <LocalizedText record={course} field="description" />
                    </p>
                    <h3 className="mt-4 text-sm font-semibold">{t("courses.sections")}</h3>
                    <ul className="mt-2 space-y-2 text-sm">
                      {course.sections.map((section) => (
                        <li key={section.id} className="rounded border border-slate-100 p-2">
                          <span className="font-medium">{section.code}</span> · {schedule.term(section)}
                          <span className="block text-slate-600">
                            {schedule.meetings(section.meetings)} ·{" "}
                            {section.online ? t("courses.format.online") : section.room && <LocalizedText record={section.room} field="name" />}
                          </span>
                          <span className="block text-slate-600">
                            {t("courses.fee", { fee: format.number(section.feePkr) })} · {t("courses.taughtIn")}{" "}
                            <span lang={section.instructionLanguage} className="endonym">
                              {endonymOf(section.instructionLanguage)}
                            </span>
                          </span>
                        </li>
                      ))}
                    </ul>
                    <p className="mt-auto pt-4">
                      <Link href={`/courses/${course.slug}`} className="font-semibold text-brand-700 underline hover:text-brand-800">
                        {t("courses.viewCourse")}
                        <span className="sr-only">
                          {": "}
                          <LocalizedText record={course} field="title" />
                        </span>
                      </Link>
                    </p>
                  </article>
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
