import { translationsSchema } from "@/lib/i18n/content";

/** The texts of an event that are translated into every language; the venue is free text readers see. */
export const EVENT_TEXT_FIELDS = ["title", "description", "venue"] as const;
export type EventTextField = (typeof EVENT_TEXT_FIELDS)[number];

export const EventTranslationsSchema = translationsSchema(EVENT_TEXT_FIELDS);
