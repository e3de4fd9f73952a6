import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { withQueryFallback } from "@/lib/http/query-fallback";
import { FormAlert } from "@/components/ui/form";
import { listExhibitions } from "@/lib/field-trips/catalogue";
import { translated } from "@/lib/i18n/translated";
import { locales, type Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/catalogue/page-heading";
import { ExhibitionCard } from "@/components/field-trips/exhibition-card";
import { ENDONYMS, endonymOf } from "@/lib/i18n/locales";

const ERAS = ["IMPERIAL", "SOVIET", "MODERN"] as const;
const controlClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("fieldTrips.catalogue");
  return { title: t("title") };
}

export default async function FieldTripCataloguePage({ params, searchParams }: PageProps<"/[locale]/field-trips">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("fieldTrips");
  const db = getDb();
  const query = await searchParams;
  const {
    result: { filter, exhibitions },
    invalidQuery,
  } = await withQueryFallback(() => listExhibitions(db, query), () => listExhibitions(db, {}));

  return (
    <div>
      <PageHeading title={t("catalogue.title")} lead={t("catalogue.lead")} />
      {invalidQuery && <FormAlert message={t("catalogue.invalidFilter")} />}

      <form method="get" className="mb-8 grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-4 sm:items-end" aria-label={t("catalogue.filterLabel")}>
        <div>
          <label htmlFor="filter-era" className="block text-sm font-medium text-slate-800">
            {t("catalogue.era")}
          </label>
          <select id="filter-era" name="era" defaultValue={filter.era ?? ""} className={controlClass}>
            <option value="">{t("catalogue.allEras")}</option>
            {ERAS.map((era) => (
              <option key={era} value={era}>
                {t(`era.${era}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-age" className="block text-sm font-medium text-slate-800">
            {t("catalogue.age")}
          </label>
          <input id="filter-age" name="age" type="number" inputMode="numeric" min={2} max={99} defaultValue={filter.age} className={controlClass} />
        </div>
        <div>
          <label htmlFor="filter-language" className="block text-sm font-medium text-slate-800">
            {t("catalogue.language")}
          </label>
          <select id="filter-language" name="language" defaultValue={filter.language ?? ""} className={controlClass}>
            <option value="">{t("catalogue.anyLanguage")}</option>
            {locales.map((code) => (
              <option key={code} value={code} lang={code}>
                {ENDONYMS[code]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex gap-3">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("catalogue.applyFilter")}
          </button>
          <Link href="/field-trips" className="rounded border border-slate-400 px-4 py-2 text-slate-800 hover:bg-slate-100">
            {t("catalogue.resetFilter")}
          </Link>
        </div>
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
                slug={exhibition.slug}
                title={translated(exhibition, "title", locale as Locale)}
                summary={translated(exhibition, "summary", locale as Locale)}
                eraLabel={t(`era.${exhibition.era}`)}
                linkLabel={t("catalogue.viewExhibition")}
                facts={[
                  { label: t("catalogue.ages"), value: t("catalogue.ageRange", { min: exhibition.ageMin, max: exhibition.ageMax }) },
                  { label: t("catalogue.duration"), value: t("catalogue.minutes", { minutes: exhibition.durationMinutes }) },
                  { label: t("catalogue.tourLanguages"), value: exhibition.tourLanguages.map(endonymOf).join(", ") },
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
