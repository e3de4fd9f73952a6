"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { localizedPath } from "@/lib/i18n/locale-path";
import type { AccountMenu as Menu } from "@/lib/auth/account-menu";
import { SignOutButton } from "@/components/auth/sign-out-button";

/** Words of the menu, translated by the server: no message formatter ships to the browser for them. */
export interface AccountMenuLabels {
  signIn: string;
  register: string;
  myAccount: string;
  signOut: string;
  /** "Signed in as {name}", raw. */
  signedInAs: string;
  /** By catalog key: every link the menu may show. */
  links: Record<string, string>;
}

/**
 * The signed-in part of the header, as an island: the shared layout reads no session, so public pages
 * can be prerendered (ADR 0007). The layout stays mounted across client navigations (a server action's
 * redirect after "sign out everywhere", say), so the menu is read again whenever the page changes.
 */
export function AccountMenu({ labels, locale }: { labels: AccountMenuLabels; locale: string }) {
  const [menu, setMenu] = useState<Menu | null | undefined>(undefined);
  const pathname = usePathname();

  useEffect(() => {
    let live = true;
    fetch("/api/v1/me", { cache: "no-store", credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : { menu: null }))
      .then((body: { menu: Menu | null }) => live && setMenu(body.menu))
      .catch(() => live && setMenu(null));
    return () => {
      live = false;
    };
  }, [pathname]);

  // Until the answer arrives, nothing: showing "Sign in" to a signed-in person would be wrong.
  if (menu === undefined) return <span aria-hidden="true" className="inline-block min-w-24" />;
  if (menu === null) {
    return (
      <>
        <Link href={localizedPath(locale, "/sign-in")} className="text-slate-700 hover:underline">
          {labels.signIn}
        </Link>
        <Link href={localizedPath(locale, "/register")} className="rounded bg-brand-700 px-3 py-1.5 text-white hover:bg-brand-800">
          {labels.register}
        </Link>
      </>
    );
  }
  return (
    <>
      {menu.links.map((link) => (
        <Link key={link.href} href={localizedPath(locale, link.href)} className="text-slate-700 hover:underline">
          {labels.links[link.labelKey]}
        </Link>
      ))}
      <Link href={localizedPath(locale, "/account")} className="text-slate-600 hover:underline" data-testid="signed-in-as" title={labels.myAccount}>
        {labels.signedInAs.replace("{name}", menu.name)}
      </Link>
      <SignOutButton label={labels.signOut} locale={locale} />
    </>
  );
}
