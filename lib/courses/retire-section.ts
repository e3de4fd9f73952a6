import "server-only";
import type { Db, Tx } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { translated } from "@/lib/i18n/translated";
import { COURSE_PERMISSIONS } from "./policy";
import { ACTIVE_STATUSES } from "./rules";
import { SectionIdSchema } from "./catalogue-schemas";
import { lockSection, refuseRetired } from "./catalogue-guards";
import { notifySectionLearners } from "./notify-section-learners";

/**
 * Retires a section the caller has locked: it takes no more enrollments and leaves the catalogue;
 * its enrollments stay as history. Everyone looking after a learner enrolled, offered a place or
 * waiting in it is told, in the same transaction.
 */
export async function retireLockedSection(tx: Tx, actor: Actor, sectionId: string, now: Date) {
  const section = await tx.courseSection.update({ where: { id: sectionId }, data: { retiredAt: now }, include: { course: true } });
  await recordAudit(tx, { actor, action: "courseSection.retire", entity: "CourseSection", entityId: sectionId, before: { retiredAt: null }, after: { retiredAt: now } });
  await notifySectionLearners(tx, {
    sectionId,
    statuses: ACTIVE_STATUSES,
    template: "courseCatalogue.sectionRetired",
    payload: (locale) => ({ course: translated(section.course, "title", locale), section: section.code }),
  });
  return section;
}

/** Staff retire one section. */
export async function retireSection(db: Db, actor: Actor | null, input: unknown, now = new Date()) {
  requirePermission(actor, COURSE_PERMISSIONS.manageCatalogue);
  const { sectionId } = parseInput(SectionIdSchema, input);
  return db.$transaction(async (tx) => {
    refuseRetired(await lockSection(tx, sectionId));
    return retireLockedSection(tx, actor, sectionId, now);
  });
}
