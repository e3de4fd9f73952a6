import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/session.server";
import { FIELD_TRIP_PERMISSIONS } from "@/lib/field-trips/policy";
import { Link } from "@/lib/i18n/navigation";
import { ExhibitionForm } from "@/components/admin/exhibition-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.exhibitions");
  return { title: t("newTitle") };
}

/** Staff create an exhibition (unpublished until they publish it). */
export default async function NewExhibitionPage({ params }: PageProps<"/[locale]/admin/exhibitions/new">) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePagePermission(FIELD_TRIP_PERMISSIONS.manageCatalogue, "/admin/exhibitions/new");
  const t = await getTranslations("admin.exhibitions");
  return (
    <section aria-labelledby="new-exhibition-title" className="space-y-4">
      <h1 id="new-exhibition-title" className="text-2xl font-bold">
        {t("newTitle")}
      </h1>
      <p className="text-slate-700">{t("newLead")}</p>
      <div className="rounded-xl border border-slate-200 bg-white p-6">
        <ExhibitionForm />
      </div>
      <Link href="/admin/exhibitions" className="text-slate-700 underline">
        {t("allExhibitions")}
      </Link>
    </section>
  );
}
