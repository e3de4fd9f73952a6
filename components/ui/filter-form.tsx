import { Link } from "@/lib/i18n/navigation";
import { Field, controlClass } from "./field";

export interface FilterOption {
  value: string;
  label: string;
  /** Set when the label is in another language than the page (a language's own name). */
  lang?: string;
}

/** A labelled select in a GET filter form; its first option (value "") means "do not filter". */
export function FilterSelect({
  id,
  name,
  label,
  defaultValue,
  anyLabel,
  options,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  anyLabel: string;
  options: FilterOption[];
}) {
  return (
    <Field id={id} label={label}>
      <select id={id} name={name} defaultValue={defaultValue} className={controlClass}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** Apply and reset for a GET filter form; reset links to the unfiltered page. */
export function FilterActions({ applyLabel, resetLabel, resetHref }: { applyLabel: string; resetLabel: string; resetHref: string }) {
  return (
    <div className="flex gap-3">
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {applyLabel}
      </button>
      <Link href={resetHref} className="rounded border border-slate-400 px-4 py-2 text-slate-800 hover:bg-slate-100">
        {resetLabel}
      </Link>
    </div>
  );
}
