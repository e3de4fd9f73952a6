/** The portal's languages. English is the default and the fallback for content translations. */
export const locales = ["en", "ru", "ur", "zh", "fa"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

const rightToLeft: ReadonlySet<Locale> = new Set(["ur", "fa"]);

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): "rtl" | "ltr" {
  return rightToLeft.has(locale) ? "rtl" : "ltr";
}

/** Each language named in itself, so a reader finds theirs whatever the page language is. */
export const ENDONYMS: Record<Locale, string> = { en: "English", ru: "Русский", ur: "اردو", zh: "中文", fa: "فارسی" };

export function endonymOf(code: string): string {
  return isLocale(code) ? ENDONYMS[code] : code;
}

/** The Center's time zone: every time is stored in UTC and shown here. */
export const CENTER_TIME_ZONE = "Asia/Karachi";
