import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { fromDatabaseError, isDomainError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { COURSE_PERMISSIONS } from "./policy";
import { UpdateSectionSchema } from "./catalogue-schemas";
import { lockSection, refuseRetired, sectionColumns } from "./catalogue-guards";

/**
 * Staff edit a section's teacher, term, room or online, language, fee, deadline and offer rules.
 * Not its capacity: that goes through `changeSectionCapacity`, which guards the enrolled count and
 * promotes the waitlist.
 */
export async function updateSection(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, COURSE_PERMISSIONS.manageCatalogue);
  const { sectionId, code, ...facts } = parseInput(UpdateSectionSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      refuseRetired(await lockSection(tx, sectionId));
      const before = await tx.courseSection.findUniqueOrThrow({ where: { id: sectionId } });
      const updated = await tx.courseSection.update({ where: { id: sectionId }, data: { code, ...(await sectionColumns(tx, facts)) } });
      await recordAudit(tx, { actor, action: "courseSection.update", entity: "CourseSection", entityId: sectionId, before, after: updated });
      return updated;
    });
  } catch (error) {
    if (isDomainError(error)) throw error;
    throw fromDatabaseError(error, "courseAdmin.errors.codeTaken") ?? error;
  }
}
