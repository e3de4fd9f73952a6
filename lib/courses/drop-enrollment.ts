import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { conflict, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { ACTIVE_STATUSES, HOLDS_PLACE } from "./rules";
import { looksAfter } from "./policy";
import { DropEnrollmentSchema, EnrollmentIdSchema } from "./schemas";
import { auditCourse, NOTICE_LEARNER, NOTICE_SECTION, noticeEnrollment } from "./events";
import { enrollmentForActor, requireEnrollmentActor } from "./enrollment-access";
import { adjustSectionPlaces, lockSection } from "./section-places";
import { promoteWaitlist } from "./promote-waitlist";
import { releaseExpiredOffers } from "./sweep-expired-offers";

/**
 * Ends an active enrollment (enrolled, offered or waitlisted): the learner or a guardian drops it
 * (declining an offer is a drop too), or staff remove the learner. The status becomes CANCELLED; a
 * place it held goes back and the waitlist is promoted in the same transaction.
 * Returns the cancelled enrollment and who was promoted into the freed place.
 */
export async function dropEnrollment(db: Db, actor: Actor | null, enrollmentId: unknown, input: unknown = {}, now = new Date()) {
  requireEnrollmentActor(actor);
  const id = parseInput(EnrollmentIdSchema, enrollmentId);
  const { reason } = parseInput(DropEnrollmentSchema, input ?? {});
  const found = await enrollmentForActor(db, actor, id);
  // Someone acting for their own learner drops; staff acting for someone else's remove.
  const removal = !looksAfter(actor, found.learner);
  return db.$transaction(async (tx) => {
    if (!(await lockSection(tx, found.sectionId))) throw notFound("errors.courses.enrollmentNotFound");
    await releaseExpiredOffers(tx, found.sectionId, now, actor.id);
    const enrollment = await tx.enrollment.findUniqueOrThrow({ where: { id }, include: { learner: NOTICE_LEARNER, section: NOTICE_SECTION } });
    if (!ACTIVE_STATUSES.includes(enrollment.status)) throw conflict("errors.courses.notActive");
    const updated = await tx.enrollment.update({ where: { id }, data: { status: "CANCELLED", offerExpiresAt: null } });
    await auditCourse(tx, {
      actorId: actor.id,
      client: actor.client,
      action: removal ? "enrollment.remove" : "enrollment.drop",
      entity: "Enrollment",
      entityId: id,
      before: { status: enrollment.status },
      after: { status: "CANCELLED", ...(reason ? { reason } : {}) },
    });
    await noticeEnrollment(tx, removal ? "course.removed" : "course.dropped", enrollment.learner, enrollment.section, reason ? { reason } : {});
    let promoted: Awaited<ReturnType<typeof promoteWaitlist>> = [];
    if (HOLDS_PLACE.includes(enrollment.status)) {
      if (!(await adjustSectionPlaces(tx, enrollment.sectionId, -1))) throw new Error(`section ${enrollment.sectionId} counted no place for ${id}`);
      promoted = await promoteWaitlist(tx, enrollment.sectionId, now, actor.id);
    }
    return { enrollment: updated, promoted };
  });
}
