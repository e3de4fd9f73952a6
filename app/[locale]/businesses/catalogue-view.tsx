import { Fragment } from "react";
import type { Metadata } from "next";
import type { CatalogueViewProps } from "@/lib/http/catalogue-views";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { BUSINESS_SORTS, BusinessListQuerySchema, listVerifiedBusinesses } from "@/lib/businesses/list-businesses";
import { formatFor } from "@/lib/i18n/format";
import { parseInput } from "@/lib/validation";
import { PageHeading } from "@/components/catalogue/page-heading";
import { SortForm } from "@/components/catalogue/sort-form";
import { LocalizedText } from "@/components/ui/localized-text";
import { Pagination } from "@/components/ui/pagination";

const PATHNAME = "/businesses";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("businesses");
  return { title: t("title") };
}

/** The catalogue as one component: the static page shows it unfiltered, the filtered view (catalogue-views.ts) with a query. */
export async function BusinessesCatalogue({ locale, searchParams }: CatalogueViewProps) {
  setRequestLocale(locale);
  const t = await getTranslations();
  const format = formatFor(locale);
  const raw = searchParams;
  const query = parseInput(BusinessListQuerySchema, raw);
  const businesses = await listVerifiedBusinesses(getDb(), format.locale, query);
  const countries = new Intl.DisplayNames([format.locale], { type: "region" });
  const count = t("businesses.count", { count: businesses.total });

  return (
    <div>
      <PageHeading title={t("businesses.title")} lead={t("businesses.lead")} />
      {businesses.total === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t("businesses.empty")}</p>
      ) : (
        <>
          <SortForm
            id="businesses"
            label={t("businesses.sortLabel")}
            sort={query.sort}
            dir={query.dir}
            options={BUSINESS_SORTS.map((value) => ({ value, label: t(`businesses.sort.${value}`) }))}
            query={raw}
          />
          <p className="mb-4 text-sm text-slate-600" data-testid="list-total">
            {count}
          </p>
          {businesses.rows.length === 0 ? (
            <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t("paging.emptyPage")}</p>
          ) : (
            <ul className="grid gap-6 md:grid-cols-2">
              {businesses.rows.map((business) => (
                <li key={business.id} className="rounded-xl border border-slate-200 bg-white p-6">
                  {/* Names and places stay as registered (often Latin script): isolated so RTL pages keep their order. */}
                  <h2 className="text-lg font-semibold">
                    <bdi>{business.name}</bdi>
                  </h2>
                  <p className="text-sm text-slate-600">
                    <bdi>
                      {business.city}, {business.region}
                    </bdi>{" "}
                    · {countries.of(business.country)} · {t(`businesses.size.${business.size}`)}
                  </p>
                  <p className="mt-1 text-sm text-slate-600">
                    {business.sectors.map(({ sector }, index) => (
                      <Fragment key={sector.slug}>
                        {index > 0 && " · "}
                        <LocalizedText record={sector} field="name" />
                      </Fragment>
                    ))}
                  </p>
                  <h3 className="mt-3 text-sm font-semibold">{t("businesses.offers")}</h3>
                  <p className="text-slate-700">
                    <LocalizedText record={business} field="offers" />
                  </p>
                  <h3 className="mt-3 text-sm font-semibold">{t("businesses.seeks")}</h3>
                  <p className="text-slate-700">
                    <LocalizedText record={business} field="seeks" />
                  </p>
                </li>
              ))}
            </ul>
          )}
          <Pagination id="businesses" page={businesses} pathname={PATHNAME} query={raw} label={t("businesses.pagesLabel")} totalLabel={count} />
        </>
      )}
    </div>
  );
}
