import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { fromDatabaseError, isDomainError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { COURSE_PERMISSIONS } from "./policy";
import { UpdateCourseSchema } from "./catalogue-schemas";
import { lockCourse, refuseRetired } from "./catalogue-guards";

/** Staff edit a course's texts in every language, its level, audience and whether it is published; the audit row keeps before and after. */
export async function updateCourse(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, COURSE_PERMISSIONS.manageCatalogue);
  const { courseId, ...data } = parseInput(UpdateCourseSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      refuseRetired(await lockCourse(tx, courseId));
      const before = await tx.course.findUniqueOrThrow({ where: { id: courseId } });
      const updated = await tx.course.update({ where: { id: courseId }, data });
      await recordAudit(tx, { actor, action: "course.update", entity: "Course", entityId: courseId, before, after: updated });
      return updated;
    });
  } catch (error) {
    if (isDomainError(error)) throw error;
    throw fromDatabaseError(error, "courseAdmin.errors.slugTaken") ?? error;
  }
}
