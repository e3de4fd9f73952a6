import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { PageSection } from "@/components/ui/section";
import { AREAS, areaOf } from "@/lib/areas";

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const tAll = await getTranslations();

  return (
    <div className="space-y-12">
      <section className="rounded-2xl bg-brand-800 px-6 py-12 text-white sm:px-10">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-100">{t("eyebrow")}</p>
        <h1 className="mt-2 max-w-3xl text-3xl font-bold sm:text-4xl">{t("title")}</h1>
        <p className="mt-4 max-w-3xl text-lg text-brand-50">{t("lead")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href={areaOf("fieldTrips").href} className="rounded bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
            {t("ctaFieldTrips")}
          </Link>
          <Link href={areaOf("events").href} className="rounded border border-white px-4 py-2 font-semibold text-white hover:bg-brand-700">
            {t("ctaEvents")}
          </Link>
        </div>
      </section>

      <PageSection headingId="services-heading" title={t("servicesTitle")}>
        <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {AREAS.map((area) => (
            <li key={area.key} className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
              <h3 className="text-lg font-semibold">
                <Link href={area.href} className="text-brand-700 hover:underline">
                  {tAll(area.home.titleKey)}
                </Link>
              </h3>
              <p className="mt-2 text-slate-700">{tAll(area.home.textKey)}</p>
            </li>
          ))}
        </ul>
      </PageSection>

      <section aria-labelledby="visit-heading" className="grid gap-6 rounded-xl border border-slate-200 bg-white p-6 sm:grid-cols-2">
        <div>
          <h2 id="visit-heading" className="text-xl font-bold">
            {t("visitTitle")}
          </h2>
          <p className="mt-2 text-slate-700">{t("visitText")}</p>
        </div>
        <dl className="space-y-2 text-slate-700">
          <div>
            <dt className="font-semibold">{t("hoursLabel")}</dt>
            <dd>{t("hours")}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t("corridorLabel")}</dt>
            <dd>{t("corridor")}</dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
