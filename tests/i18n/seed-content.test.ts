import { describe, expect, it } from "vitest";
import { missingTranslations, type TextFields } from "@/lib/i18n/content";
import type { z } from "zod";
import { EXHIBITIONS } from "@/prisma/seed-data/exhibitions";
import { EXHIBITION_TEXT_FIELDS, EXHIBIT_TEXT_FIELDS, ExhibitTranslationsSchema, ExhibitionTranslationsSchema } from "@/lib/field-trips/content";

/**
 * Every seeded text reads in all five languages: a record missing a locale or a field, a translation
 * equal to the English original, or a translations object its model's schema refuses fails here.
 */
interface ContentCase {
  name: string;
  record: { translations: unknown } & Record<string, unknown>;
  fields: TextFields;
  schema: z.ZodType;
}

const CASES: ContentCase[] = [
  ...EXHIBITIONS.map((e) => ({ name: `exhibition ${e.slug}`, record: e as never, fields: EXHIBITION_TEXT_FIELDS, schema: ExhibitionTranslationsSchema })),
  ...EXHIBITIONS.flatMap((e) =>
    e.exhibits.map((x, i) => ({ name: `exhibit ${e.slug}#${i + 1}`, record: x as never, fields: EXHIBIT_TEXT_FIELDS, schema: ExhibitTranslationsSchema })),
  ),
];

/** Proper names may legitimately read the same in Latin script in another language; long texts may not. */
const MAY_MATCH_ENGLISH = (value: string) => value.length <= 40;

describe("seeded content in five languages", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s is translated", (_name, { record, fields, schema }) => {
    expect(schema.safeParse(record.translations).success).toBe(true);
    expect(missingTranslations(record, fields)).toEqual([]);
    const translations = record.translations as Record<string, Record<string, string>>;
    for (const [locale, entry] of Object.entries(translations))
      for (const field of fields)
        if (!MAY_MATCH_ENGLISH(String(record[field]))) expect(entry[field], `${locale}.${field}`).not.toBe(record[field]);
  });
});
