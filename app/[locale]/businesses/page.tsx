import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { listVerifiedBusinesses } from "@/lib/businesses/list-businesses";
import { translated } from "@/lib/i18n/translated";
import type { Locale } from "@/lib/i18n/locales";
import { PageHeading } from "@/components/catalogue/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("businesses");
  return { title: t("title") };
}

export default async function BusinessesPage({ params }: PageProps<"/[locale]/businesses">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("businesses");
  const businesses = await listVerifiedBusinesses(getDb());
  const countries = new Intl.DisplayNames([locale], { type: "region" });
  return (
    <div>
      <PageHeading title={t("title")} lead={t("lead")} />
      <ul className="grid gap-6 md:grid-cols-2">
        {businesses.map((business) => (
          <li key={business.id} className="rounded-xl border border-slate-200 bg-white p-6">
            <h2 className="text-lg font-semibold">{business.name}</h2>
            <p className="text-sm text-slate-600">
              {business.city}, {business.region} · {countries.of(business.country)} · {t(`size.${business.size}`)}
            </p>
            <p className="mt-1 text-sm text-slate-600">
              {business.sectors.map((s) => translated(s.sector, "name", locale as Locale)).join(" · ")}
            </p>
            <h3 className="mt-3 text-sm font-semibold">{t("offers")}</h3>
            <p className="text-slate-700">{business.offers}</p>
            <h3 className="mt-3 text-sm font-semibold">{t("seeks")}</h3>
            <p className="text-slate-700">{business.seeks}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
