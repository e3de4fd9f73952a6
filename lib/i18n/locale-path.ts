import { isLocale, type Locale } from "./locales";

/**
 * Plain path helpers for the header's client islands. They use `next/link` rather than next-intl's
 * navigation so that public pages ship no message formatter (ADR 0007); every path carries its
 * locale prefix (`localePrefix: "always"`).
 */

/** `/ur/courses?x` → `/courses`: the path without its locale prefix. */
export function withoutLocale(pathname: string): string {
  const [, first, ...rest] = pathname.split("/");
  return isLocale(first) ? `/${rest.join("/")}` : pathname;
}

/** `/courses` in `ur` → `/ur/courses`. */
export function localizedPath(locale: Locale | string, path: string): string {
  const bare = withoutLocale(path);
  return bare === "/" ? `/${locale}` : `/${locale}${bare}`;
}

/** next-intl's middleware reads this cookie to send "/" to the language last chosen. */
export const LOCALE_COOKIE = "NEXT_LOCALE";
