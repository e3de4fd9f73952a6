import type { Locale } from "./locales";

type Translations = Partial<Record<Locale, Record<string, string | undefined>>>;

/** A content field in the reader's language, falling back to the English original. */
export function translated<T extends { translations: unknown }>(record: T, field: keyof T & string, locale: Locale): string {
  const translations = (record.translations ?? {}) as Translations;
  return translations[locale]?.[field] ?? String(record[field]);
}
