import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { pageQuerySchema } from "@/lib/paging";
import { id, isoDate, optionalFilter, text } from "@/lib/validation";
import { CourseTranslationsSchema } from "./content";
import { AUDIENCES, CEFR_LEVELS, COURSE_RETIRED_FILTERS, MAX_SECTION_CAPACITY, MEETING_MINUTES, OFFER_HOURS_RANGE, DEFAULT_OFFER_HOURS, SECTION_LIMITS } from "./rules";

/** Input schemas of the back-office catalogue (courses, sections, meetings, cancelled occurrences). */

const checkbox = z.union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")]).transform((v) => v === true || v === "on" || v === "true");
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "validation.time" });
const minutesOf = (value: string) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));

/** English text of content: required, trimmed, no control characters but line breaks. */
const englishText = (max: number) => text({ min: 1, max, multiline: true });

/** Languages and fields left empty in the form fall back to English: they are dropped, not stored empty. */
const withoutEmptyTranslations = (value: unknown) => {
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [locale, fields] of Object.entries(value as Record<string, unknown>)) {
    if (typeof fields !== "object" || fields === null) {
      out[locale] = fields;
      continue;
    }
    const kept = Object.fromEntries(Object.entries(fields).filter(([, v]) => !(typeof v === "string" && v.trim() === "")));
    if (Object.keys(kept).length) out[locale] = kept;
  }
  return out;
};

export const CourseInputSchema = z.object({
  slug: z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "courseAdmin.validation.slug" }).max(80),
  title: englishText(200),
  description: englishText(10_000),
  translations: z.preprocess(withoutEmptyTranslations, CourseTranslationsSchema).default({}),
  level: z.enum(CEFR_LEVELS),
  audience: z.enum(AUDIENCES),
  published: checkbox.default(false),
});
export type CourseInput = z.output<typeof CourseInputSchema>;

export const CourseIdSchema = z.object({ courseId: id });
export const UpdateCourseSchema = CourseInputSchema.extend({ courseId: id });

/** What staff set on a section; capacity is set at creation and changed only through `changeSectionCapacity`. */
const sectionFields = {
  code: z
    .string()
    .trim()
    .transform((v) => v.toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, { error: "courseAdmin.validation.code" }).max(40)),
  teacherId: optionalFilter(id),
  termStart: isoDate,
  termEnd: isoDate,
  online: checkbox.default(false),
  roomId: optionalFilter(id),
  instructionLanguage: z.enum(locales),
  feePkr: z.coerce.number().int().min(0).max(SECTION_LIMITS.maxFeePkr),
  /** The last Center date on which enrollment is open (until the end of that day). */
  enrollmentDeadline: isoDate,
  offerHours: z.coerce.number().int().min(OFFER_HOURS_RANGE.min).max(OFFER_HOURS_RANGE.max).default(DEFAULT_OFFER_HOURS),
  autoEnroll: checkbox.default(false),
};

type SectionRules = { termStart: string; termEnd: string; enrollmentDeadline: string; online: boolean; roomId?: string };
const sectionRules = <S extends z.ZodType<SectionRules>>(schema: S) =>
  schema
    .refine((v) => v.termEnd >= v.termStart, { path: ["termEnd"], params: { messageKey: "validation.dateOrder" } })
    .refine((v) => v.enrollmentDeadline <= v.termEnd, { path: ["enrollmentDeadline"], params: { messageKey: "courseAdmin.validation.deadlineAfterTerm" } })
    .refine((v) => !(v.online && v.roomId), { path: ["roomId"], params: { messageKey: "courseAdmin.validation.onlineRoom" } });

export const CreateSectionSchema = sectionRules(
  z.object({ courseId: id, ...sectionFields, capacity: z.coerce.number().int().min(1).max(MAX_SECTION_CAPACITY) }),
);
export type CreateSectionInput = z.output<typeof CreateSectionSchema>;
export const UpdateSectionSchema = sectionRules(z.object({ sectionId: id, ...sectionFields }));
export const SectionIdSchema = z.object({ sectionId: id });

/** A weekly meeting: ISO weekday and Center times; it ends after it starts and lasts within bounds. */
export const AddMeetingSchema = z
  .object({ sectionId: id, weekday: z.coerce.number().int().min(1).max(7), startTime: time, endTime: time })
  .transform(({ startTime, endTime, ...rest }) => ({ ...rest, startMinute: minutesOf(startTime), endMinute: minutesOf(endTime) }))
  .refine((v) => v.endMinute > v.startMinute, { path: ["endTime"], params: { messageKey: "courseAdmin.validation.endAfterStart" } })
  .refine((v) => v.endMinute - v.startMinute <= MEETING_MINUTES.max, { path: ["endTime"], params: { messageKey: "courseAdmin.validation.meetingTooLong", max: MEETING_MINUTES.max } });
export const RemoveMeetingSchema = z.object({ meetingId: id });

export const CancelMeetingSchema = z.object({
  meetingId: id,
  date: isoDate,
  reason: text({ max: SECTION_LIMITS.maxReasonLength, multiline: true }).optional().transform((v) => v || undefined),
});

export const STAFF_COURSE_SORTS = ["title", "level", "audience", "updatedAt"] as const;
export type StaffCourseSort = (typeof STAFF_COURSE_SORTS)[number];

/** The back-office list of courses: search in title and slug, level, audience, and whether retired ones show. */
export const StaffCoursesQuerySchema = z
  .object({
    q: optionalFilter(text({ max: 100 })).catch(undefined),
    level: optionalFilter(z.enum(CEFR_LEVELS)).catch(undefined),
    audience: optionalFilter(z.enum(AUDIENCES)).catch(undefined),
    retired: optionalFilter(z.enum(COURSE_RETIRED_FILTERS)).catch(undefined),
  })
  .extend(pageQuerySchema(STAFF_COURSE_SORTS, { sort: "title", dir: "asc" }).shape);
export type StaffCoursesQuery = z.output<typeof StaffCoursesQuerySchema>;
