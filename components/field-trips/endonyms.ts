import type { Locale } from "@/lib/i18n/locales";

/** Each tour language named in itself, so a reader finds theirs whatever the page language is. */
export const ENDONYMS: Record<Locale, string> = { en: "English", ru: "Русский", ur: "اردو", zh: "中文", fa: "فارسی" };

export function endonymOf(code: string): string {
  return (ENDONYMS as Record<string, string>)[code] ?? code;
}
