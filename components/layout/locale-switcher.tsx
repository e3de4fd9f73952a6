"use client";

import Link from "next/link";
import { useParams, usePathname } from "next/navigation";
import { ENDONYMS, locales } from "@/lib/i18n/locales";
import { LOCALE_COOKIE, localizedPath } from "@/lib/i18n/locale-path";

/** The same page in each language; the choice is remembered for the next visit to "/". */
export function LocaleSwitcher({ label }: { label: string }) {
  const { locale: current } = useParams<{ locale: string }>();
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex gap-2">
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              href={localizedPath(locale, pathname)}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? "true" : undefined}
              onClick={() => {
                document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
              }}
              className={`endonym ${locale === current ? "font-semibold text-brand-800 underline" : "text-slate-600 hover:underline"}`}
            >
              {ENDONYMS[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
