import { useTranslations } from "next-intl";
import { ENROLLMENT_STATUSES } from "@/lib/courses/rules";
import type { MyEnrollmentsQuery } from "@/lib/courses/schemas";
import { FilterActions, FilterSelect } from "@/components/ui/filter-form";

/** The GET form over "My courses": status and learner. It keeps the sort and page size and starts again at page 1. */
export function EnrollmentFilterForm({ query, learners, resetHref }: { query: MyEnrollmentsQuery; learners: { id: string; name: string }[]; resetHref: string }) {
  const t = useTranslations();
  return (
    <form method="get" className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3 sm:items-end" aria-label={t("courseLearner.my.filterLabel")}>
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <input type="hidden" name="size" value={query.size} />
      <FilterSelect
        id="filter-status"
        name="status"
        label={t("courseLearner.my.status")}
        defaultValue={query.status ?? ""}
        anyLabel={t("common.all")}
        options={ENROLLMENT_STATUSES.map((status) => ({ value: status, label: t(`courseLearner.status.${status}`) }))}
      />
      <FilterSelect
        id="filter-learner"
        name="learnerId"
        label={t("courseLearner.my.learner")}
        defaultValue={query.learnerId ?? ""}
        anyLabel={t("common.all")}
        options={learners.map((learner) => ({ value: learner.id, label: learner.name }))}
      />
      <FilterActions applyLabel={t("common.filter")} resetLabel={t("common.reset")} resetHref={resetHref} />
    </form>
  );
}
