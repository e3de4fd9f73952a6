import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requirePagePermission } from "@/lib/auth/session.server";
import { getDashboardCounts } from "@/lib/back-office/dashboard-counts";
import { Link } from "@/lib/i18n/navigation";
import { formatFor } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("title") };
}

/** The back office's front page: each area's headline numbers, each linked to the queue where the work is. */
export default async function AdminDashboardPage({ params }: PageProps<"/[locale]/admin">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const format = formatFor(locale);
  const actor = await requirePagePermission("read:backOffice:any", "/admin");
  const counts = await getDashboardCounts(getDb(), actor);

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("admin.title")}</h1>
      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading" className="sr-only">
          {t("admin.countsHeading")}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {counts.map((count) => (
            <div key={count.key} className="rounded-xl border border-slate-200 bg-white p-4" data-figure={count.key}>
              <dt className="text-sm text-slate-600">
                {count.href ? (
                  <Link href={count.href} className="text-brand-700 underline hover:text-brand-800">
                    {t(count.labelKey)}
                  </Link>
                ) : (
                  t(count.labelKey)
                )}
              </dt>
              <dd className="mt-1 text-3xl font-bold">{format.number(count.value)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
