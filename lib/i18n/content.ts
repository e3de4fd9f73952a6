import { z } from "zod";
import { defaultLocale, locales, type Locale } from "./locales";

/**
 * Content (titles, descriptions, stories) is stored in English in a record's own columns and in the
 * other languages in its `translations` JSON: `{ ru: { title: "…" }, ur: { … }, … }`. Each area
 * declares which fields of which model are translated (`lib/<area>/content.ts`); these helpers turn
 * that list into the schemas that check it.
 */
export const TRANSLATED_LOCALES = locales.filter((l) => l !== defaultLocale) as Exclude<Locale, "en">[];
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

export type TextFields = readonly [string, ...string[]];
export type TranslationsOf<F extends TextFields> = Partial<Record<TranslatedLocale, Partial<Record<F[number], string>>>>;

const text = z.string().trim().min(1).max(10_000).refine((v) => !v.includes("\u0000"), { error: "validation.format" });

/** What may be stored: any subset of locales and fields (staff add languages over time), never empty text. */
export function translationsSchema<F extends TextFields>(fields: F) {
  const entry = z.strictObject(Object.fromEntries(fields.map((f) => [f, text.optional()])) as Record<F[number], z.ZodOptional<typeof text>>);
  return z.partialRecord(z.enum(TRANSLATED_LOCALES), entry);
}

/** The locale/field pairs a record still shows in English. */
export function missingTranslations<F extends TextFields>(record: { translations: unknown }, fields: F): { locale: TranslatedLocale; field: F[number] }[] {
  const translations = (record.translations ?? {}) as Partial<Record<TranslatedLocale, Record<string, unknown>>>;
  const present = (locale: TranslatedLocale, field: string) => {
    const value = translations[locale]?.[field];
    return typeof value === "string" && value.trim() !== "";
  };
  return TRANSLATED_LOCALES.flatMap((locale) => fields.filter((field) => !present(locale, field)).map((field) => ({ locale, field: field as F[number] })));
}

/** Share of the translated texts present, 0–1: the completeness indicator staff see. */
export function translationCompleteness(record: { translations: unknown }, fields: TextFields): number {
  const total = TRANSLATED_LOCALES.length * fields.length;
  return (total - missingTranslations(record, fields).length) / total;
}
