import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { conflict, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { COURSE_PERMISSIONS } from "./policy";
import { CapacitySchema, SectionIdSchema } from "./schemas";
import { auditCourse } from "./events";
import { lockSection } from "./section-places";
import { promoteWaitlist } from "./promote-waitlist";
import { releaseExpiredOffers } from "./sweep-expired-offers";

/**
 * Staff change how many places a section has. Never below the places held (enrolled + offered):
 * nobody loses a place to a capacity change. Places added go to the waitlist at once, in queue order.
 * Returns the section as it is after the change and who was promoted.
 */
export async function changeSectionCapacity(db: Db, actor: Actor | null, sectionId: unknown, capacity: unknown, now = new Date()) {
  requirePermission(actor, COURSE_PERMISSIONS.manageEnrollments);
  const id = parseInput(SectionIdSchema, sectionId);
  const places = parseInput(CapacitySchema, capacity);
  return db.$transaction(async (tx) => {
    const section = await lockSection(tx, id);
    if (!section) throw notFound("errors.courses.sectionNotFound");
    await releaseExpiredOffers(tx, id, now, actor.id);
    const { enrolledCount } = await tx.courseSection.findUniqueOrThrow({ where: { id }, select: { enrolledCount: true } });
    if (places < enrolledCount) throw conflict("errors.courses.capacityBelowEnrolled", { enrolled: enrolledCount, capacity: places });
    await tx.courseSection.update({ where: { id }, data: { capacity: places } });
    await auditCourse(tx, {
      actorId: actor.id,
      client: actor.client,
      action: "courseSection.changeCapacity",
      entity: "CourseSection",
      entityId: id,
      before: { capacity: section.capacity },
      after: { capacity: places },
    });
    const promoted = places > section.capacity ? await promoteWaitlist(tx, id, now, actor.id) : [];
    const updated = await tx.courseSection.findUniqueOrThrow({ where: { id } });
    return { section: updated, promoted };
  });
}
