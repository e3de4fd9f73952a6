import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { isDomainError } from "@/lib/errors";
import { CourseListQuerySchema, listCourses } from "@/lib/courses/list-courses";
import { LEVEL_FINDER_STATEMENTS, LevelFinderQuerySchema, recommendLevel } from "@/lib/courses/level-finder";
import { CEFR_LEVELS, TORFL_LEVEL } from "@/lib/courses/rules";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { parseInput } from "@/lib/validation";
import { PageHeading } from "@/components/catalogue/page-heading";
import { FormAlert } from "@/components/ui/form-alert";
import { LocalizedText } from "@/components/ui/localized-text";

/** Per request: the answers arrive in the query string (a plain GET form, so it works without script). */
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("courses.levelFinder");
  return { title: t("title") };
}

function readAnswers(searchParams: Record<string, string | string[] | undefined>) {
  try {
    return { answers: parseInput(LevelFinderQuerySchema, searchParams), invalid: false };
  } catch (error) {
    if (!isDomainError(error) || error.code !== "invalid") throw error;
    return { answers: { can: [] as string[], done: false }, invalid: true };
  }
}

export default async function LevelFinderPage({ params, searchParams }: PageProps<"/[locale]/courses/level-finder">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const format = formatFor(locale);
  const { answers, invalid } = readAnswers(await searchParams);
  const ticked = new Set(answers.can);
  const level = answers.done ? recommendLevel(ticked) : null;
  const levelName = (value: (typeof CEFR_LEVELS)[number]) => t("courses.levelName", { level: value, torfl: t(`courses.torfl.${TORFL_LEVEL[value]}`) });
  const matching = level ? await listCourses(getDb(), format.locale, parseInput(CourseListQuerySchema, { level, open: "true", sort: "title" })) : null;
  const catalogueHref = level ? { pathname: "/courses", query: { level, open: "true" } } : "/courses";

  return (
    <div className="space-y-8">
      <PageHeading title={t("courses.levelFinder.title")} lead={t("courses.levelFinder.lead")} />
      {invalid && <FormAlert message={t("courses.levelFinder.invalid")} />}

      {level && matching && (
        <section aria-labelledby="result-heading" className="rounded-xl border-s-4 border-brand-700 bg-white p-6" data-testid="level-result" data-level={level}>
          <h2 id="result-heading" className="text-2xl font-bold">
            {t("courses.levelFinder.result", { level: levelName(level) })}
          </h2>
          <p className="mt-2 text-slate-700">{t(`courses.levelFinder.advice.${level}`)}</p>
          {matching.total === 0 ? (
            <p className="mt-4 text-slate-700">{t("courses.levelFinder.noOpenCourses")}</p>
          ) : (
            <ul className="mt-4 list-disc space-y-1 ps-6">
              {matching.rows.map((course) => (
                <li key={course.id}>
                  <Link href={`/courses/${course.slug}`} className="font-semibold text-brand-700 underline hover:text-brand-800">
                    <LocalizedText record={course} field="title" />
                  </Link>{" "}
                  <span className="text-slate-600">{t("courses.levelFinder.openSections", { count: course.sections.length })}</span>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-4">
            <Link href={catalogueHref} className="font-semibold text-brand-700 underline hover:text-brand-800" data-testid="level-catalogue-link">
              {t("courses.levelFinder.seeCatalogue", { level })}
            </Link>
          </p>
        </section>
      )}

      <form method="get" className="space-y-6" aria-labelledby="finder-heading">
        <h2 id="finder-heading" className="text-xl font-semibold">
          {t("courses.levelFinder.formTitle")}
        </h2>
        <p className="text-slate-700">{t("courses.levelFinder.instructions")}</p>
        <input type="hidden" name="done" value="1" />
        {CEFR_LEVELS.map((cefr) => (
          <fieldset key={cefr} className="rounded-xl border border-slate-200 bg-white p-4">
            <legend className="px-1 font-semibold">{levelName(cefr)}</legend>
            <ul className="mt-2 space-y-2">
              {LEVEL_FINDER_STATEMENTS[cefr].map((statement) => {
                const value = `${cefr}.${statement}`;
                const id = `can-${cefr}-${statement}`;
                return (
                  <li key={value} className="flex items-start gap-2">
                    <input id={id} type="checkbox" name="can" value={value} defaultChecked={ticked.has(value)} className="mt-1 size-4" />
                    <label htmlFor={id}>{t(`courses.levelFinder.statements.${cefr}.${statement}`)}</label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("courses.levelFinder.submit")}
        </button>
      </form>
      <p className="text-sm text-slate-600">{t("courses.levelFinder.rule")}</p>
    </div>
  );
}
