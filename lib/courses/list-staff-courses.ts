import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import type { Prisma } from "@/lib/generated/prisma/client";
import { missingTranslations } from "@/lib/i18n/content";
import { locales, type Locale } from "@/lib/i18n/locales";
import { findPage } from "@/lib/paging";
import { parseInput } from "@/lib/validation";
import { COURSE_TEXT_FIELDS } from "./content";
import { COURSE_PERMISSIONS } from "./policy";
import { StaffCoursesQuerySchema, type StaffCourseSort } from "./catalogue-schemas";

const ORDER: Record<StaffCourseSort, (dir: Prisma.SortOrder) => Prisma.CourseOrderByWithRelationInput[]> = {
  title: (dir) => [{ title: dir }],
  level: (dir) => [{ level: dir }, { title: "asc" }],
  audience: (dir) => [{ audience: dir }, { title: "asc" }],
  updatedAt: (dir) => [{ updatedAt: dir }],
};

/** Which of the five languages have every text of a course (English always: it is required). */
export function courseLanguages(course: { translations: unknown }): Record<Locale, boolean> {
  const missing = new Set(missingTranslations(course, COURSE_TEXT_FIELDS).map((m) => m.locale));
  return Object.fromEntries(locales.map((locale) => [locale, !missing.has(locale as never)])) as Record<Locale, boolean>;
}

/**
 * Staff list courses a page at a time: searched by title or slug, filtered by level, audience and
 * retirement (not retired unless asked), each with the languages its texts are complete in.
 */
export async function listStaffCourses(db: Db, actor: Actor | null, input: unknown = {}) {
  requirePermission(actor, COURSE_PERMISSIONS.manageCatalogue);
  const query = parseInput(StaffCoursesQuerySchema, input);
  const retired = query.retired ?? "active";
  const where: Prisma.CourseWhereInput = {
    level: query.level,
    audience: query.audience,
    ...(retired === "active" ? { retiredAt: null } : retired === "retired" ? { retiredAt: { not: null } } : {}),
    ...(query.q ? { OR: [{ title: { contains: query.q, mode: "insensitive" } }, { slug: { contains: query.q, mode: "insensitive" } }] } : {}),
  };
  const page = await findPage(
    query,
    (window) =>
      db.course.findMany({
        where,
        include: { _count: { select: { sections: { where: { retiredAt: null } } } } },
        orderBy: [...ORDER[query.sort](query.dir), { id: "asc" }],
        ...window,
      }),
    () => db.course.count({ where }),
  );
  return { ...page, query, rows: page.rows.map((course) => ({ ...course, languages: courseLanguages(course) })) };
}
