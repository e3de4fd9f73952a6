import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requirePagePermission } from "@/lib/auth/session.server";
import { COURSE_PERMISSIONS } from "@/lib/courses/policy";
import { AUDIENCES, CEFR_LEVELS, COURSE_RETIRED_FILTERS } from "@/lib/courses/rules";
import { listStaffCourses } from "@/lib/courses/list-staff-courses";
import { ENDONYMS, locales } from "@/lib/i18n/locales";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { DataTable, HeaderCell, SortableHeaderCell, TableHead } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { LocalizedText } from "@/components/ui/localized-text";
import { Field, controlClass } from "@/components/ui/field";
import { FilterActions, FilterSelect } from "@/components/ui/filter-form";
import type { ListLocation } from "@/components/ui/list-query";

const PATHNAME = "/admin/courses";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("courseAdmin");
  return { title: t("title") };
}

/** Every course, retired ones on request, with the languages its texts are complete in. */
export default async function StaffCoursesPage({ params, searchParams }: PageProps<"/[locale]/admin/courses">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePagePermission(COURSE_PERMISSIONS.manageCatalogue, PATHNAME);
  const t = await getTranslations("courseAdmin");
  const tAll = await getTranslations();
  const format = formatFor(locale);
  const raw = await searchParams;
  // Bad filter or paging values fall back to their defaults, so this never fails on a query.
  const courses = await listStaffCourses(getDb(), actor, raw);
  const { query } = courses;
  const list: ListLocation = { pathname: PATHNAME, query: raw, sort: query.sort, dir: query.dir };

  return (
    <section aria-labelledby="courses-title" className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 id="courses-title" className="text-2xl font-bold">
            {t("title")}
          </h1>
          <p className="text-slate-700">{t("lead")}</p>
        </div>
        <Link href="/admin/courses/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("newCourse")}
        </Link>
      </div>

      <form method="get" className="no-print grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-5 sm:items-end" aria-label={t("filterLabel")}>
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <input type="hidden" name="size" value={query.size} />
        <Field id="courses-filter-q" label={t("search")}>
          <input id="courses-filter-q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={100} className={controlClass} />
        </Field>
        <FilterSelect id="courses-filter-level" name="level" label={t("level")} defaultValue={query.level ?? ""} anyLabel={tAll("common.all")} options={CEFR_LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) }))} />
        <FilterSelect
          id="courses-filter-audience"
          name="audience"
          label={t("audience")}
          defaultValue={query.audience ?? ""}
          anyLabel={tAll("common.all")}
          options={AUDIENCES.map((audience) => ({ value: audience, label: t(`audiences.${audience}`) }))}
        />
        <Field id="courses-filter-retired" label={t("retiredFilter")}>
          <select id="courses-filter-retired" name="retired" defaultValue={query.retired ?? "active"} className={controlClass}>
            {COURSE_RETIRED_FILTERS.map((option) => (
              <option key={option} value={option}>
                {t(`retiredFilters.${option}`)}
              </option>
            ))}
          </select>
        </Field>
        <FilterActions applyLabel={tAll("common.filter")} resetLabel={tAll("common.reset")} resetHref={PATHNAME} />
      </form>

      {courses.rows.length === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{courses.total === 0 ? t("empty") : tAll("paging.emptyPage")}</p>
      ) : (
        <DataTable caption={t("caption", { page: courses.page, pageCount: courses.pageCount })}>
          <TableHead>
            <SortableHeaderCell column="title" list={list}>
              {t("titleField")}
            </SortableHeaderCell>
            <SortableHeaderCell column="level" list={list}>
              {t("level")}
            </SortableHeaderCell>
            <SortableHeaderCell column="audience" list={list}>
              {t("audience")}
            </SortableHeaderCell>
            <HeaderCell align="end">{t("sections")}</HeaderCell>
            <HeaderCell>{t("languages")}</HeaderCell>
            <HeaderCell>{t("status")}</HeaderCell>
            <SortableHeaderCell column="updatedAt" list={list} firstDirection="desc">
              {t("updated")}
            </SortableHeaderCell>
          </TableHead>
          <tbody>
            {courses.rows.map((course) => {
              const filled = locales.filter((l) => course.languages[l]).length;
              return (
                <tr key={course.id} className="border-t border-slate-100" data-course={course.id}>
                  <th scope="row" className="text-start font-normal">
                    <Link href={`/admin/courses/${course.id}`} className="font-semibold text-brand-700 underline">
                      <LocalizedText record={course} field="title" />
                    </Link>
                  </th>
                  <td>{course.level}</td>
                  <td>{t(`audiences.${course.audience}`)}</td>
                  <td className="text-end tabular-nums">{format.number(course._count.sections)}</td>
                  <td>
                    <ul className="flex flex-wrap gap-1" aria-label={t("languagesFilled", { filled, total: locales.length })}>
                      {locales.map((l) => (
                        <li
                          key={l}
                          data-language={l}
                          data-filled={course.languages[l] ? "true" : "false"}
                          title={ENDONYMS[l]}
                          className={`rounded px-1.5 text-xs font-semibold ${course.languages[l] ? "bg-green-100 text-green-900" : "bg-slate-100 text-slate-700 line-through"}`}
                        >
                          <span aria-hidden="true">{l.toUpperCase()}</span>
                          <span className="sr-only">{course.languages[l] ? t("languageFilled", { language: ENDONYMS[l] }) : t("languageMissing", { language: ENDONYMS[l] })}</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{course.retiredAt ? t("retired") : course.published ? t("published") : t("unpublished")}</td>
                  <td className="whitespace-nowrap">
                    <time dateTime={course.updatedAt.toISOString()}>{format.dateTime(course.updatedAt, { date: "short", time: "short" })}</time>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
      <Pagination id="courses" page={courses} pathname={PATHNAME} query={raw} label={t("pagesLabel")} totalLabel={t("count", { count: courses.total })} />
    </section>
  );
}
