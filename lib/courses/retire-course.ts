import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { COURSE_PERMISSIONS } from "./policy";
import { CourseIdSchema } from "./catalogue-schemas";
import { lockCourse, refuseRetired } from "./catalogue-guards";
import { retireLockedSection } from "./retire-section";

/**
 * Staff retire a course: it is unpublished and leaves the catalogue for good, and each of its
 * sections not yet retired is retired with it (their learners are told). History stays.
 */
export async function retireCourse(db: Db, actor: Actor | null, input: unknown, now = new Date()) {
  requirePermission(actor, COURSE_PERMISSIONS.manageCatalogue);
  const { courseId } = parseInput(CourseIdSchema, input);
  return db.$transaction(async (tx) => {
    refuseRetired(await lockCourse(tx, courseId));
    // Course first, then its sections in id order: the order every catalogue service locks in.
    const sections = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "CourseSection" WHERE "courseId" = ${courseId} AND "retiredAt" IS NULL ORDER BY id FOR UPDATE`;
    const before = await tx.course.findUniqueOrThrow({ where: { id: courseId }, select: { published: true, retiredAt: true } });
    const course = await tx.course.update({ where: { id: courseId }, data: { retiredAt: now, published: false } });
    await recordAudit(tx, { actor, action: "course.retire", entity: "Course", entityId: courseId, before, after: { published: false, retiredAt: now, sectionsRetired: sections.length } });
    for (const section of sections) await retireLockedSection(tx, actor, section.id, now);
    return { course, sectionsRetired: sections.length };
  });
}
