import "server-only";
import type { Db } from "@/lib/db/create-client";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { SectionIdSchema } from "./schemas";

/** What the enroll form shows of a section: course, teacher, room, weekly meetings and their cancellations. */
export const ENROLLABLE_SECTION_INCLUDE = {
  course: true,
  teacher: { select: { id: true, name: true } },
  room: { select: { name: true, translations: true } },
  meetings: { orderBy: [{ weekday: "asc" as const }, { startMinute: "asc" as const }], include: { cancellations: { select: { date: true } } } },
} as const;

/**
 * A section of a published course, for the enroll page: 404 when it does not exist, its course is
 * unpublished, or it belongs to another course than the page's. Whether it still takes enrollments is
 * `sectionState`'s answer (a closed section still shows, with the reason).
 */
export async function findEnrollableSection(db: Db, sectionId: unknown, courseSlug: string) {
  const id = parseInput(SectionIdSchema, sectionId);
  const section = await db.courseSection.findUnique({ where: { id }, include: ENROLLABLE_SECTION_INCLUDE });
  if (!section || !section.course.published || section.course.slug !== courseSlug) throw notFound("errors.courses.sectionNotFound");
  return section;
}
