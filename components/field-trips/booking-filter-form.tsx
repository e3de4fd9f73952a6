import { useTranslations } from "next-intl";
import { FIELD_TRIP_STATUSES } from "@/lib/field-trips/rules";
import type { BookingFilter } from "@/lib/field-trips/schemas";
import { Field, controlClass } from "@/components/ui/field";
import { FilterActions, FilterSelect, type FilterOption } from "@/components/ui/filter-form";

/**
 * The GET form over a booking list: status, visit dates and (for staff) the exhibition. It keeps the
 * list's sort and page size and starts again at page 1.
 */
export function BookingFilterForm({
  label,
  filter,
  resetHref,
  keep,
  exhibitions,
}: {
  label: string;
  filter: BookingFilter;
  resetHref: string;
  keep: { sort: string; dir: string; size: number };
  exhibitions?: FilterOption[];
}) {
  const t = useTranslations();
  return (
    <form method="get" className={`no-print grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:items-end ${exhibitions ? "sm:grid-cols-5" : "sm:grid-cols-4"}`} aria-label={label}>
      <input type="hidden" name="sort" value={keep.sort} />
      <input type="hidden" name="dir" value={keep.dir} />
      <input type="hidden" name="size" value={keep.size} />
      <FilterSelect
        id="filter-status"
        name="status"
        label={t("fieldTrips.fields.status")}
        defaultValue={filter.status ?? ""}
        anyLabel={t("common.all")}
        options={FIELD_TRIP_STATUSES.map((status) => ({ value: status, label: t(`fieldTrips.status.${status}`) }))}
      />
      <Field id="filter-from" label={t("common.from")}>
        <input id="filter-from" name="from" type="date" defaultValue={filter.from} className={controlClass} />
      </Field>
      <Field id="filter-to" label={t("common.to")}>
        <input id="filter-to" name="to" type="date" defaultValue={filter.to} className={controlClass} />
      </Field>
      {exhibitions && (
        <FilterSelect id="filter-exhibition" name="exhibitionId" label={t("fieldTrips.fields.exhibition")} defaultValue={filter.exhibitionId ?? ""} anyLabel={t("common.all")} options={exhibitions} />
      )}
      <FilterActions applyLabel={t("common.filter")} resetLabel={t("common.reset")} resetHref={resetHref} />
    </form>
  );
}
