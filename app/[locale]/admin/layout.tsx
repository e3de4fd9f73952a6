import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/session.server";

const SECTIONS = [
  { href: "/admin", key: "dashboard" },
  { href: "/admin/field-trips", key: "fieldTripBookings" },
  { href: "/admin/field-trips/slots", key: "fieldTripSlots" },
  { href: "/admin/field-trips/day-sheet", key: "daySheet" },
  { href: "/admin/outbox", key: "outbox" },
] as const;

/**
 * Every back-office page is for staff and admins only. Checked here for the shared chrome, and again
 * by each page (layouts and pages render in parallel, so a layout check alone does not stop a page).
 */
export default async function AdminLayout({ children }: LayoutProps<"/[locale]/admin">) {
  await requirePagePermission("read:backOffice:any", "/admin");
  const t = await getTranslations("admin.nav");
  return (
    <div className="space-y-6">
      <nav aria-label={t("label")} className="no-print">
        <ul className="flex flex-wrap gap-2 text-sm">
          {SECTIONS.map((section) => (
            <li key={section.key}>
              <Link href={section.href} className="inline-block rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100">
                {t(section.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
