import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { fromDatabaseError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { COURSE_PERMISSIONS } from "./policy";
import { CourseInputSchema } from "./catalogue-schemas";

/** Staff create a course: texts in English and any other languages, level, audience; published only when ticked. */
export async function createCourse(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, COURSE_PERMISSIONS.manageCatalogue);
  const data = parseInput(CourseInputSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const course = await tx.course.create({ data });
      await recordAudit(tx, { actor, action: "course.create", entity: "Course", entityId: course.id, after: course });
      return course;
    });
  } catch (error) {
    throw fromDatabaseError(error, "courseAdmin.errors.slugTaken") ?? error;
  }
}
