import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { fromDatabaseError, isDomainError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { COURSE_PERMISSIONS } from "./policy";
import { CreateSectionSchema } from "./catalogue-schemas";
import { lockCourse, refuseRetired, sectionColumns } from "./catalogue-guards";

/** Staff add a section to a course that is not retired; meetings are added to it one by one. */
export async function createSection(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, COURSE_PERMISSIONS.manageCatalogue);
  const { courseId, code, capacity, ...facts } = parseInput(CreateSectionSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      refuseRetired(await lockCourse(tx, courseId));
      const section = await tx.courseSection.create({ data: { courseId, code, capacity, ...(await sectionColumns(tx, facts)) } });
      await recordAudit(tx, { actor, action: "courseSection.create", entity: "CourseSection", entityId: section.id, after: section });
      return section;
    });
  } catch (error) {
    if (isDomainError(error)) throw error;
    throw fromDatabaseError(error, "courseAdmin.errors.codeTaken") ?? error;
  }
}
