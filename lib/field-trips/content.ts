import { translationsSchema } from "@/lib/i18n/content";

/** The texts of field-trip content that are translated into every language. */
export const EXHIBITION_TEXT_FIELDS = ["title", "summary", "description"] as const;
export const EXHIBIT_TEXT_FIELDS = ["invention", "inventor", "story"] as const;

export const ExhibitionTranslationsSchema = translationsSchema(EXHIBITION_TEXT_FIELDS);
export const ExhibitTranslationsSchema = translationsSchema(EXHIBIT_TEXT_FIELDS);
