import type { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import { CefrLevel } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { findOrderedPage, numberOrder, textOrder } from "@/lib/i18n/localized-order";
import { translated } from "@/lib/i18n/translated";
import { pageQuerySchema } from "@/lib/paging";

export const COURSE_SORTS = ["title", "level"] as const;
export const CourseListQuerySchema = pageQuerySchema(COURSE_SORTS, { sort: "title", dir: "asc", size: 10 });
export type CourseListQuery = z.output<typeof CourseListQuerySchema>;

const LEVELS: readonly CefrLevel[] = Object.values(CefrLevel);

/**
 * Published courses with their sections and weekly meetings (public catalogue), one page ordered by
 * the title in the reader's language or by CEFR level (then title).
 */
export async function listCourses(db: Db, locale: Locale, query: CourseListQuery) {
  const where = { published: true };
  const keys = (await db.course.findMany({ where, select: { id: true, title: true, translations: true, level: true } })).map((course) => ({
    id: course.id,
    title: translated(course, "title", locale),
    level: LEVELS.indexOf(course.level),
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
            orderBy: { termStart: "asc" },
            include: { meetings: { orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] }, room: { select: { name: true, translations: true } } },
          },
        },
      }),
  );
}
