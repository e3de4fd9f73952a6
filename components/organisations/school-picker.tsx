import { useTranslations } from "next-intl";
import type { SchoolChoice } from "@/lib/organisations/find-verified-schools";
import { Field, describedBy, inputClass } from "@/components/ui/field";

/**
 * The GET form behind a school search. It sits outside the page's main form (forms do not nest);
 * the search box and its button join it through their `form` attribute, so searching works without
 * JavaScript. `keep` carries the choices made so far (role, join) into the reloaded page.
 */
export function SchoolSearchForm({ id, keep = {} }: { id: string; keep?: Record<string, string> }) {
  return (
    <form id={id} method="get">
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </form>
  );
}

/**
 * A select of verified schools (the first page of a search, name order) with a search box that
 * narrows it. Says how many are shown when the search found more than fit.
 */
export function SchoolPicker({
  id,
  name,
  label,
  schools,
  total,
  query,
  searchFormId,
  defaultValue,
  error,
}: {
  id: string;
  name: string;
  label: string;
  schools: readonly SchoolChoice[];
  total: number;
  query?: string;
  searchFormId: string;
  defaultValue?: string;
  error?: string;
}) {
  const t = useTranslations("auth");
  const hint = schools.length === 0 ? t("noSchools") : total > schools.length ? t("schoolsShown", { shown: schools.length, total }) : undefined;
  return (
    <div className="space-y-3">
      <Field id={id} label={label} error={error} hint={hint}>
        <select id={id} name={name} defaultValue={defaultValue ?? ""} className={inputClass} {...describedBy(id, { error, hint })}>
          <option value="">{t("schoolPlaceholder")}</option>
          {schools.map((school) => (
            <option key={school.id} value={school.id}>
              {school.city ? t("schoolOption", { name: school.name, city: school.city }) : school.name}
            </option>
          ))}
        </select>
      </Field>
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-48 flex-1">
          <Field id={`${id}-search`} label={t("schoolSearch")}>
            <input id={`${id}-search`} type="search" name="q" form={searchFormId} defaultValue={query} maxLength={100} className={inputClass} />
          </Field>
        </div>
        <button type="submit" form={searchFormId} className="rounded border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-800 hover:bg-slate-100">
          {t("schoolSearchSubmit")}
        </button>
      </div>
    </div>
  );
}
