import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/session.server";
import { backOfficeSectionsFor } from "@/lib/back-office/sections";

/** Per request (ADR 0007). */
export const dynamic = "force-dynamic";

/**
 * Every back-office page is for staff and admins only. Checked here for the shared chrome, and again
 * by each page (layouts and pages render in parallel, so a layout check alone does not stop a page).
 * The sections come from the area registry, each shown only to those who may open it.
 */
export default async function AdminLayout({ children }: LayoutProps<"/[locale]/admin">) {
  const actor = await requirePagePermission("read:backOffice:any", "/admin");
  const t = await getTranslations();
  return (
    <div className="space-y-6">
      <nav aria-label={t("admin.nav.label")} className="no-print">
        <ul className="flex flex-wrap gap-2 text-sm">
          {backOfficeSectionsFor(actor).map((section) => (
            <li key={section.href}>
              <Link href={section.href} className="inline-block rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100">
                {t(section.labelKey)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
