import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { locales, type Locale } from "@/lib/i18n/locales";
import { findOrderedPage, numberOrder, textOrder } from "@/lib/i18n/localized-order";
import { translated } from "@/lib/i18n/translated";
import { pageQuerySchema } from "@/lib/paging";
import { optionalFilter } from "@/lib/validation";
import { AUDIENCES, CEFR_LEVELS, FORMATS, TIMES_OF_DAY, type TimeOfDay } from "./rules";

export const COURSE_SORTS = ["title", "level"] as const;

/** The catalogue's filters (GET form, URL, API): empty means "any". */
export const CourseFilterSchema = z.object({
  audience: optionalFilter(z.enum(AUDIENCES)),
  level: optionalFilter(z.enum(CEFR_LEVELS)),
  /** ISO weekday, 1 = Monday. */
  weekday: optionalFilter(z.coerce.number().int().min(1).max(7)),
  time: optionalFilter(z.enum(Object.keys(TIMES_OF_DAY) as [TimeOfDay, ...TimeOfDay[]])),
  format: optionalFilter(z.enum(FORMATS)),
  language: optionalFilter(z.enum(locales)),
  /** Only sections still taking enrollments (deadline not passed): open, or full with the waitlist open. */
  open: optionalFilter(z.enum(["true", "false"]).transform((value) => value === "true")),
});
export type CourseFilter = z.output<typeof CourseFilterSchema>;

export const CourseListQuerySchema = CourseFilterSchema.extend(pageQuerySchema(COURSE_SORTS, { sort: "title", dir: "asc", size: 10 }).shape);
export type CourseListQuery = z.output<typeof CourseListQuerySchema>;

/** Whether any section filter is set: then a course is listed only for a section that meets them all. */
const filtersSections = (filter: CourseFilter) =>
  filter.weekday !== undefined || filter.time !== undefined || filter.format !== undefined || filter.language !== undefined || filter.open !== undefined;

/** The catalogue's sections: not retired, and meeting every section filter at once (one section must fit them all). */
export function catalogueSectionsWhere(filter: CourseFilter, now: Date): Prisma.CourseSectionWhereInput {
  const where: Prisma.CourseSectionWhereInput = { retiredAt: null };
  if (filter.format) where.online = filter.format === "online";
  if (filter.language) where.instructionLanguage = filter.language;
  if (filter.open === true) where.enrollmentDeadline = { gte: now };
  if (filter.open === false) where.enrollmentDeadline = { lt: now };
  if (filter.weekday !== undefined || filter.time) {
    const meeting: Prisma.SectionMeetingWhereInput = {};
    if (filter.weekday !== undefined) meeting.weekday = filter.weekday;
    if (filter.time) meeting.startMinute = { gte: TIMES_OF_DAY[filter.time].from, lt: TIMES_OF_DAY[filter.time].to };
    where.meetings = { some: meeting };
  }
  return where;
}

/** Published, not retired courses matching the course filters (and, with section filters, having such a section). */
export function catalogueCoursesWhere(filter: CourseFilter, now: Date): Prisma.CourseWhereInput {
  const where: Prisma.CourseWhereInput = { published: true, retiredAt: null };
  if (filter.level) where.level = filter.level;
  if (filter.audience) where.audience = filter.audience;
  if (filtersSections(filter)) where.sections = { some: catalogueSectionsWhere(filter, now) };
  return where;
}

/**
 * Published courses with the sections that fit the filters and their weekly meetings (the public
 * catalogue), one page ordered by the title in the reader's language or by CEFR level (then title).
 */
export async function listCourses(db: Db, locale: Locale, query: CourseListQuery, now = new Date()) {
  const where = catalogueCoursesWhere(query, now);
  const keys = (await db.course.findMany({ where, select: { id: true, title: true, translations: true, level: true } })).map((course) => ({
    id: course.id,
    title: translated(course, "title", locale),
    level: CEFR_LEVELS.indexOf(course.level),
  }));
  const byTitle = textOrder(locale, query.sort === "title" ? query.dir : "asc");
  const byLevel = numberOrder(query.dir);
  return findOrderedPage(
    query,
    keys,
    (a, b) => (query.sort === "level" ? byLevel(a.level, b.level) : 0) || byTitle(a.title, b.title),
    (ids) =>
      db.course.findMany({
        where: { ...where, id: { in: ids } },
        include: {
          sections: {
            where: catalogueSectionsWhere(query, now),
            orderBy: [{ termStart: "asc" }, { code: "asc" }],
            include: { meetings: { orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] }, room: { select: { name: true, translations: true } } },
          },
        },
      }),
  );
}

export type CatalogueCourse = Awaited<ReturnType<typeof listCourses>>["rows"][number];
