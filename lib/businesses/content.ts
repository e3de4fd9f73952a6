import { translationsSchema } from "@/lib/i18n/content";

/** The texts of a business that are translated; its name stays as registered. */
export const BUSINESS_TEXT_FIELDS = ["offers", "seeks"] as const;
export type BusinessTextField = (typeof BUSINESS_TEXT_FIELDS)[number];

/** Sector names, shown wherever a business is. */
export const SECTOR_TEXT_FIELDS = ["name"] as const;
export type SectorTextField = (typeof SECTOR_TEXT_FIELDS)[number];

export const BusinessTranslationsSchema = translationsSchema(BUSINESS_TEXT_FIELDS);
export const SectorTranslationsSchema = translationsSchema(SECTOR_TEXT_FIELDS);
