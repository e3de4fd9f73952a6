import type { Metadata } from "next";
import type { CatalogueViewProps } from "@/lib/http/catalogue-views";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { withQueryFallback } from "@/lib/http/query-fallback";
import { FormAlert } from "@/components/ui/form-alert";
import { Field, controlClass } from "@/components/ui/field";
import { FilterActions, FilterSelect } from "@/components/ui/filter-form";
import { listExhibitions } from "@/lib/field-trips/catalogue";
import { ENDONYMS, endonymOf, locales, type Locale } from "@/lib/i18n/locales";
import { formatFor } from "@/lib/i18n/format";
import { ERAS } from "@/lib/field-trips/rules";
import { PageHeading } from "@/components/catalogue/page-heading";
import { ExhibitionCard } from "@/components/field-trips/exhibition-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("fieldTrips.catalogue");
  return { title: t("title") };
}

/** The catalogue as one component: the static page shows it unfiltered, the filtered view (catalogue-views.ts) with a query. */
export async function FieldTripCatalogue({ locale, searchParams }: CatalogueViewProps) {
  setRequestLocale(locale);
  const t = await getTranslations("fieldTrips");
  const format = formatFor(locale);
  const query = searchParams;
  const db = getDb();
  const {
    result: { filter, exhibitions },
    invalidQuery,
  } = await withQueryFallback(
    () => listExhibitions(db, query, locale as Locale),
    () => listExhibitions(db, {}, locale as Locale),
  );

  return (
    <div>
      <PageHeading title={t("catalogue.title")} lead={t("catalogue.lead")} />
      {invalidQuery && <FormAlert message={t("catalogue.invalidFilter")} />}

      <form method="get" className="mb-8 grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-4 sm:items-end" aria-label={t("catalogue.filterLabel")}>
        <FilterSelect
          id="filter-era"
          name="era"
          label={t("catalogue.era")}
          defaultValue={filter.era ?? ""}
          anyLabel={t("catalogue.allEras")}
          options={ERAS.map((era) => ({ value: era, label: t(`era.${era}`) }))}
        />
        <Field id="filter-age" label={t("catalogue.age")}>
          <input id="filter-age" name="age" type="number" inputMode="numeric" min={2} max={99} defaultValue={filter.age} className={controlClass} />
        </Field>
        <FilterSelect
          id="filter-language"
          name="language"
          label={t("catalogue.language")}
          defaultValue={filter.language ?? ""}
          anyLabel={t("catalogue.anyLanguage")}
          options={locales.map((code) => ({ value: code, label: ENDONYMS[code], lang: code }))}
        />
        <FilterActions applyLabel={t("catalogue.applyFilter")} resetLabel={t("catalogue.resetFilter")} resetHref="/field-trips" />
      </form>

      <p className="mb-4 text-sm text-slate-600">
        {t("catalogue.count", { count: exhibitions.length })}
      </p>
      {exhibitions.length === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t("catalogue.empty")}</p>
      ) : (
        <ul className="grid gap-6 md:grid-cols-2 lg:grid-cols-3">
          {exhibitions.map((exhibition) => (
            <li key={exhibition.id}>
              <ExhibitionCard
                exhibition={exhibition}
                eraLabel={t(`era.${exhibition.era}`)}
                linkLabel={t("catalogue.viewExhibition")}
                facts={[
                  { label: t("catalogue.ages"), value: t("catalogue.ageRange", { min: exhibition.ageMin, max: exhibition.ageMax }) },
                  { label: t("catalogue.duration"), value: t("catalogue.minutes", { minutes: exhibition.durationMinutes }) },
                  { label: t("catalogue.tourLanguages"), value: format.list(exhibition.tourLanguages.map(endonymOf)) },
                  { label: t("catalogue.exhibits"), value: t("catalogue.exhibitCount", { count: exhibition._count.exhibits }) },
                ]}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
