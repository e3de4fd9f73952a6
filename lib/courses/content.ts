import { translationsSchema } from "@/lib/i18n/content";

/** The texts of a course that are translated into every language. */
export const COURSE_TEXT_FIELDS = ["title", "description"] as const;
export type CourseTextField = (typeof COURSE_TEXT_FIELDS)[number];

export const CourseTranslationsSchema = translationsSchema(COURSE_TEXT_FIELDS);
