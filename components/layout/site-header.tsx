import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { AREAS } from "@/lib/areas";
import { LocaleSwitcher } from "./locale-switcher";
import { AccountMenu, type AccountMenuLabels } from "./account-menu";
import { ACCOUNT_MENU_LABEL_KEYS } from "@/lib/auth/account-menu";

export async function SiteHeader() {
  const tAll = await getTranslations();
  const t = await getTranslations("nav");
  const labels: AccountMenuLabels = {
    signIn: t("signIn"),
    register: t("register"),
    myAccount: t("myAccount"),
    signOut: t("signOut"),
    // The menu puts the name in on the client: the template keeps its placeholder.
    signedInAs: t("signedInAs", { name: "{name}" }),
    links: Object.fromEntries(ACCOUNT_MENU_LABEL_KEYS.map((key) => [key, tAll(key)])),
  };

  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 pt-3">
        <Link href="/" className="text-lg font-bold text-brand-800">
          {t("brand")}
        </Link>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <LocaleSwitcher label={t("language")} />
          <AccountMenu labels={labels} locale={await getLocale()} />
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
