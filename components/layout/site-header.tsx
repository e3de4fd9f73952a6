import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getActor } from "@/lib/auth/session.server";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { can, isStaff } from "@/lib/auth/authorize";
import { AREAS } from "@/lib/areas";
import { LocaleSwitcher } from "./locale-switcher";
import { SignOutButton } from "@/components/auth/sign-out-button";

export async function SiteHeader() {
  const tAll = await getTranslations();
  const t = await getTranslations("nav");
  // The header is part of the layout, outside the page's error boundary: while the database is away
  // it shows the public navigation and lets the page itself say "temporarily unavailable".
  const actor = await getActor().catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  });
  const personal = AREAS.flatMap((area) => area.personal).filter((link) => can(actor, link.permission));

  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 pt-3">
        <Link href="/" className="text-lg font-bold text-brand-800">
          {t("brand")}
        </Link>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <LocaleSwitcher label={t("language")} />
          {actor ? (
            <>
              {personal.map((link) => (
                <Link key={link.href} href={link.href} className="text-slate-700 hover:underline">
                  {tAll(link.labelKey)}
                </Link>
              ))}
              {isStaff(actor) && (
                <Link href="/admin" className="text-slate-700 hover:underline">
                  {t("backOffice")}
                </Link>
              )}
              <Link href="/account" className="text-slate-600 hover:underline" data-testid="signed-in-as" title={t("myAccount")}>
                {t("signedInAs", { name: actor.name })}
              </Link>
              <SignOutButton label={t("signOut")} />
            </>
          ) : (
            <>
              <Link href="/sign-in" className="text-slate-700 hover:underline">
                {t("signIn")}
              </Link>
              <Link href="/register" className="rounded bg-brand-700 px-3 py-1.5 text-white hover:bg-brand-800">
                {t("register")}
              </Link>
            </>
          )}
        </div>
      </div>
      <nav id="main-navigation" aria-label={t("mainNavigation")} className="mx-auto max-w-6xl px-4 pt-2 pb-3">
        <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-medium">
          {AREAS.map((area) => (
            <li key={area.key}>
              <Link href={area.href} className="text-slate-700 hover:text-brand-700 hover:underline">
                {tAll(area.navKey)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
