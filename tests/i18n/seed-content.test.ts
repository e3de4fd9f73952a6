import { describe, expect, it } from "vitest";
import { missingTranslations, type TextFields } from "@/lib/i18n/content";
import type { z } from "zod";
import { EXHIBITIONS } from "@/prisma/seed-data/exhibitions";
import { EXHIBITION_TEXT_FIELDS, EXHIBIT_TEXT_FIELDS, ExhibitTranslationsSchema, ExhibitionTranslationsSchema } from "@/lib/field-trips/content";
import { COURSES } from "@/prisma/seed-data/courses";
import { ROOMS } from "@/prisma/seed-data/rooms";
import { HOLIDAYS, PROGRAMME, eventContent } from "@/prisma/seed-data/events";
import { BUSINESSES } from "@/prisma/seed-data/businesses";
import { SECTORS } from "@/prisma/seed-data/sectors";
import { COURSE_TEXT_FIELDS, CourseTranslationsSchema } from "@/lib/courses/content";
import { ROOM_TEXT_FIELDS, RoomTranslationsSchema } from "@/lib/rooms/content";
import { EVENT_TEXT_FIELDS, EventTranslationsSchema } from "@/lib/events/content";
import { BUSINESS_TEXT_FIELDS, BusinessTranslationsSchema, SECTOR_TEXT_FIELDS, SectorTranslationsSchema } from "@/lib/businesses/content";

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
  ...COURSES.map((c) => ({ name: `course ${c.slug}`, record: c as never, fields: COURSE_TEXT_FIELDS, schema: CourseTranslationsSchema })),
  ...ROOMS.map((r) => ({ name: `room ${r.slug}`, record: r as never, fields: ROOM_TEXT_FIELDS, schema: RoomTranslationsSchema })),
  // Events as the seed stores them: the venue's translations merged into the event's.
  ...PROGRAMME.map((e) => ({ name: `event ${e.slug}`, record: eventContent(e) as never, fields: EVENT_TEXT_FIELDS, schema: EventTranslationsSchema })),
  ...HOLIDAYS.map((e) => ({ name: `holiday ${e.key}`, record: eventContent(e) as never, fields: EVENT_TEXT_FIELDS, schema: EventTranslationsSchema })),
  ...BUSINESSES.map((b) => ({ name: `business ${b.slug}`, record: b as never, fields: BUSINESS_TEXT_FIELDS, schema: BusinessTranslationsSchema })),
  ...SECTORS.flatMap((s) => [s, ...(s.children ?? [])]).map((s) => ({ name: `sector ${s.slug}`, record: s as never, fields: SECTOR_TEXT_FIELDS, schema: SectorTranslationsSchema })),
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
