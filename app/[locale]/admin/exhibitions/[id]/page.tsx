import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requirePagePermission } from "@/lib/auth/session.server";
import { can } from "@/lib/auth/authorize";
import { orNotFound } from "@/lib/http/or-not-found";
import { AUDIT_PERMISSIONS, auditHistoryHref } from "@/lib/audit/policy";
import { FIELD_TRIP_PERMISSIONS } from "@/lib/field-trips/policy";
import { getStaffExhibition } from "@/lib/field-trips/get-staff-exhibition";
import { contentCompleteness } from "@/lib/field-trips/list-staff-exhibitions";
import { publishExhibitionAction, moveExhibitAction } from "@/lib/field-trips/actions";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { CardSection } from "@/components/ui/section";
import { ActionButton } from "@/components/ui/action-button";
import { LocalizedText } from "@/components/ui/localized-text";
import { ExhibitionForm } from "@/components/admin/exhibition-form";
import { ExhibitForm } from "@/components/admin/exhibit-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.exhibitions");
  return { title: t("editTitle") };
}

/** Staff edit one exhibition in five languages, publish or unpublish it, and edit, add and reorder its exhibits. */
export default async function EditExhibitionPage({ params }: PageProps<"/[locale]/admin/exhibitions/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requirePagePermission(FIELD_TRIP_PERMISSIONS.manageCatalogue, `/admin/exhibitions/${id}`);
  const exhibition = await orNotFound(getStaffExhibition(getDb(), actor, id));
  const t = await getTranslations("admin.exhibitions");
  const format = formatFor(locale);
  const last = exhibition.exhibits.length - 1;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">
          <LocalizedText record={exhibition} field="title" />
        </h1>
        <p className="text-slate-700">
          {exhibition.published ? t("published") : t("unpublished")} · {t("translatedShare", { share: format.number(contentCompleteness(exhibition, exhibition.exhibits), { style: "percent" }) })}
        </p>
        <div className="flex flex-wrap items-center gap-4">
          <ActionButton
            action={publishExhibitionAction}
            fields={{ exhibitionId: exhibition.id, published: exhibition.published ? "false" : "true" }}
            label={exhibition.published ? t("unpublish") : t("publish")}
            tone={exhibition.published ? "secondary" : "primary"}
          />
          {exhibition.published && (
            <Link href={`/field-trips/${exhibition.slug}`} className="text-brand-700 underline">
              {t("viewPublic")}
            </Link>
          )}
          {can(actor, AUDIT_PERMISSIONS.read) && (
            <Link href={auditHistoryHref("Exhibition", exhibition.id)} className="text-slate-700 underline">
              {t("history")}
            </Link>
          )}
          <Link href="/admin/exhibitions" className="text-slate-700 underline">
            {t("allExhibitions")}
          </Link>
        </div>
      </header>

      <CardSection headingId="exhibition-texts-heading" title={t("detailsTitle")} lead={t("detailsLead")}>
        <ExhibitionForm exhibition={exhibition} />
      </CardSection>

      <section aria-labelledby="exhibits-heading" className="space-y-4">
        <h2 id="exhibits-heading" className="text-lg font-semibold">
          {t("exhibitsTitle")}
        </h2>
        {exhibition.exhibits.length === 0 && <p className="text-slate-700">{t("noExhibits")}</p>}
        <ol className="space-y-4">
          {exhibition.exhibits.map((exhibit, index) => (
            <li key={exhibit.id} className="rounded-xl border border-slate-200 bg-white p-4" data-exhibit={exhibit.id}>
              <details>
                <summary className="cursor-pointer font-semibold">
                  {t("exhibitSummary", { n: index + 1 })} <LocalizedText record={exhibit} field="invention" />
                </summary>
                <div className="mt-4">
                  <ExhibitForm exhibitionId={exhibition.id} exhibit={exhibit} />
                </div>
              </details>
              <div className="mt-2 flex gap-2">
                {index > 0 && (
                  <ActionButton action={moveExhibitAction} fields={{ exhibitId: exhibit.id, direction: "up" }} label={t("moveUp")} accessibleLabel={t("moveUpLabel", { n: index + 1 })} tone="secondary" />
                )}
                {index < last && (
                  <ActionButton action={moveExhibitAction} fields={{ exhibitId: exhibit.id, direction: "down" }} label={t("moveDown")} accessibleLabel={t("moveDownLabel", { n: index + 1 })} tone="secondary" />
                )}
                {can(actor, AUDIT_PERMISSIONS.read) && (
                  <Link href={auditHistoryHref("Exhibit", exhibit.id)} className="text-sm text-slate-700 underline">
                    {t("history")}
                  </Link>
                )}
              </div>
            </li>
          ))}
        </ol>
        <CardSection headingId="add-exhibit-heading" title={t("addExhibitTitle")}>
          <ExhibitForm exhibitionId={exhibition.id} />
        </CardSection>
      </section>
    </div>
  );
}
