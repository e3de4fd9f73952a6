"use client";

import { useLocale } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { ENDONYMS, locales } from "@/lib/i18n/locales";

export function LocaleSwitcher({ label }: { label: string }) {
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex gap-2">
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              href={pathname}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? "true" : undefined}
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
