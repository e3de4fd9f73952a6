import { useTranslations } from "next-intl";
import { Field, controlClass } from "@/components/ui/field";
import { withQuery, type ListQuery } from "@/components/ui/list-query";
import type { SortDirection } from "@/lib/paging";

/**
 * How a catalogue of cards is ordered (tables sort from their headers instead): a GET form with the
 * column and the direction. It keeps the page size and any filter, and starts again on page 1.
 */
export function SortForm({
  id,
  label,
  sort,
  dir,
  options,
  query,
}: {
  id: string;
  /** Names the form for screen readers, e.g. "Sort the courses". */
  label: string;
  sort: string;
  dir: SortDirection;
  options: { value: string; label: string }[];
  query: ListQuery;
}) {
  const t = useTranslations("sorting");
  const kept = Object.entries(withQuery(query, { sort: undefined, dir: undefined, page: undefined })).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((one) => [name, one] as const),
  );
  return (
    <form method="get" aria-label={label} className="mb-4 flex flex-wrap items-end gap-4 rounded-xl border border-slate-200 bg-white p-4">
      {kept.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <Field id={`${id}-sort`} label={t("sortBy")}>
        <select id={`${id}-sort`} name="sort" defaultValue={sort} className={controlClass}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-dir`} label={t("order")}>
        <select id={`${id}-dir`} name="dir" defaultValue={dir} className={controlClass}>
          <option value="asc">{t("asc")}</option>
          <option value="desc">{t("desc")}</option>
        </select>
      </Field>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("apply")}
      </button>
    </form>
  );
}
