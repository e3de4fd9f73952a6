import { translationsSchema } from "@/lib/i18n/content";

/** The texts of a room that are translated into every language. */
export const ROOM_TEXT_FIELDS = ["name", "description"] as const;
export type RoomTextField = (typeof ROOM_TEXT_FIELDS)[number];

export const RoomTranslationsSchema = translationsSchema(ROOM_TEXT_FIELDS);
