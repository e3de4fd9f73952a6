import { defaultLocale, type Locale } from "./locales";

type Translations = Partial<Record<Locale, Record<string, string | undefined>>>;

/** A content field as shown: its text and the language it is really in (English when it fell back). */
export interface LocalizedText {
  text: string;
  lang: Locale;
  fallback: boolean;
}

/**
 * A content field in the reader's language, falling back to the English original. The record keeps
 * English in its own columns and other languages in `translations[locale][field]`.
 */
export function localized<T extends { translations: unknown }>(record: T, field: keyof T & string, locale: Locale): LocalizedText {
  const text = locale === defaultLocale ? undefined : ((record.translations ?? {}) as Translations)[locale]?.[field]?.trim();
  if (text) return { text, lang: locale, fallback: false };
  return { text: String(record[field] ?? ""), lang: defaultLocale, fallback: locale !== defaultLocale };
}

/** The text alone, where markup cannot mark a fallback (notifications, CSV, `<title>`). */
export function translated<T extends { translations: unknown }>(record: T, field: keyof T & string, locale: Locale): string {
  return localized(record, field, locale).text;
}
