import { z } from "zod";
import { IsoDateTime } from "@/lib/api/json-values";
import { pageSchema } from "@/lib/api/paging";
import { locales } from "@/lib/i18n/locales";
import { AUDIENCES, CEFR_LEVELS, FORMATS, TORFL_LEVEL } from "../rules";

/**
 * The public course catalogue as the JSON API shows it (strict: a field not declared here fails the
 * API tests). Texts are in the request's language, falling back to English.
 */

const count = () => z.int().min(0);
const IsoDate = z.iso.date().meta({ description: "A Center (Asia/Karachi) calendar date." });
const ClockTime = z.string().regex(/^\d{2}:\d{2}$/).meta({ description: "Center wall-clock time (Asia/Karachi, UTC+05:00), HH:MM." });

export const MeetingSchema = z
  .strictObject({
    id: z.string(),
    weekday: z.int().min(1).max(7).meta({ description: "ISO weekday, 1 = Monday." }),
    start: ClockTime,
    end: ClockTime,
  })
  .meta({ id: "CourseMeeting", description: "A weekly meeting of a section." });

const sectionFields = {
  id: z.string(),
  code: z.string(),
  termStart: IsoDate,
  termEnd: IsoDate,
  format: z.enum(FORMATS),
  room: z.string().nullable().meta({ description: "The room's name in the request's language; null online." }),
  instructionLanguage: z.enum(locales).meta({ description: "The language the teacher explains in." }),
  feePkr: count(),
  meetings: z.array(MeetingSchema),
};

/** A section in the catalogue list: no live numbers. */
export const CatalogueSectionSchema = z.strictObject(sectionFields).meta({ id: "CatalogueSection" });

/** A section with who teaches it and what it offers a newcomer now. */
export const SectionDetailSchema = z
  .strictObject({
    ...sectionFields,
    teacher: z.string().nullable().meta({ description: "The teacher's name; null until assigned." }),
    enrollmentDeadline: IsoDateTime,
    state: z.enum(["open", "full", "closed"]).meta({ description: "open: places left; full: the waitlist is open; closed: the deadline has passed." }),
    placesLeft: count(),
    calendarUrl: z.string().meta({ description: "The section's timetable as iCalendar (weekly, cancelled meetings excluded)." }),
  })
  .meta({ id: "CourseSection" });

const courseFields = {
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  level: z.enum(CEFR_LEVELS),
  torfl: z.enum(Object.values(TORFL_LEVEL) as [string, ...string[]]).meta({ description: "The matching Russian state test (TORFL) level." }),
  audience: z.enum(AUDIENCES),
};

export const CourseListItemSchema = z.strictObject({ ...courseFields, sections: z.array(CatalogueSectionSchema) }).meta({
  id: "CourseListItem",
  description: "A published course with its sections that match the filters.",
});
export const CourseDetailSchema = z.strictObject({ ...courseFields, sections: z.array(SectionDetailSchema) }).meta({ id: "CourseDetail" });
export const CoursePageSchema = pageSchema(CourseListItemSchema, "CoursePage", "Published courses.");

/** `GET /api/v1/sections/{id}`: the section, its course, and the cancelled dates of its meetings. */
export const PublicSectionSchema = z
  .strictObject({
    section: SectionDetailSchema,
    course: z.strictObject(courseFields),
    cancelledMeetings: z.array(z.strictObject({ meetingId: z.string(), date: IsoDate })),
  })
  .meta({ id: "PublicSection" });

export type CourseListItemJson = z.output<typeof CourseListItemSchema>;
export type CourseDetailJson = z.output<typeof CourseDetailSchema>;
export type SectionDetailJson = z.output<typeof SectionDetailSchema>;
export type PublicSectionJson = z.output<typeof PublicSectionSchema>;
