import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { conflict, fromDatabaseError, invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { ACTIVE_STATUSES, HOLDS_PLACE } from "./rules";
import { COURSE_PERMISSIONS } from "./policy";
import { EnrollmentIdSchema, SectionIdSchema } from "./schemas";
import { auditCourse, NOTICE_LEARNER, NOTICE_SECTION, noticeEnrollment } from "./events";
import { adjustSectionPlaces, lockSections } from "./section-places";
import { promoteWaitlist } from "./promote-waitlist";
import { releaseExpiredOffers } from "./sweep-expired-offers";
import { assertAgeFits, type EnrollOutcome } from "./enroll-learner";
import { positionOf } from "./waitlist-positions";

/**
 * Staff move a learner's active enrollment to another section. The old enrollment is cancelled
 * (its place, if it held one, goes to the old section's waitlist in the same transaction); the
 * learner takes a free place in the new section, or joins the end of its waitlist when none is
 * free (or others are already waiting). Payment status and receipt travel with the learner.
 * The new section must be live and fit the learner's age; its enrollment deadline does not bind staff.
 */
export async function moveEnrollment(db: Db, actor: Actor | null, enrollmentId: unknown, toSectionId: unknown, now = new Date()) {
  requirePermission(actor, COURSE_PERMISSIONS.manageEnrollments);
  const id = parseInput(EnrollmentIdSchema, enrollmentId);
  const targetId = parseInput(SectionIdSchema, toSectionId);
  const found = await db.enrollment.findUnique({ where: { id }, select: { sectionId: true } });
  if (!found) throw notFound("errors.courses.enrollmentNotFound");
  if (found.sectionId === targetId) throw invalid("errors.courses.sameSection");

  try {
    return await db.$transaction(async (tx) => {
      const [from, to] = await lockSections(tx, [found.sectionId, targetId]);
      if (!from) throw notFound("errors.courses.enrollmentNotFound");
      if (!to) throw notFound("errors.courses.sectionNotFound");
      if (to.retiredAt || to.course.retiredAt) throw conflict("errors.courses.sectionClosed");
      await releaseExpiredOffers(tx, from.id, now, actor.id);
      await releaseExpiredOffers(tx, to.id, now, actor.id);
      const old = await tx.enrollment.findUniqueOrThrow({ where: { id }, include: { learner: { select: { ...NOTICE_LEARNER.select, birthYear: true } } } });
      if (!ACTIVE_STATUSES.includes(old.status)) throw conflict("errors.courses.notActive");
      assertAgeFits(to, old.learner);
      const already = await tx.enrollment.findFirst({ where: { sectionId: to.id, learnerId: old.learnerId, status: { in: [...ACTIVE_STATUSES] } } });
      if (already) throw conflict(already.status === "WAITLISTED" ? "errors.courses.alreadyWaitlisted" : "errors.courses.alreadyEnrolled");

      await tx.enrollment.update({ where: { id }, data: { status: "CANCELLED", offerExpiresAt: null } });
      if (HOLDS_PLACE.includes(old.status) && !(await adjustSectionPlaces(tx, from.id, -1))) throw new Error(`section ${from.id} counted no place for ${id}`);
      // Those already waiting for the new section keep their turn.
      await promoteWaitlist(tx, to.id, now, actor.id);
      const place = await adjustSectionPlaces(tx, to.id, 1);
      const status = place ? "ENROLLED" : "WAITLISTED";
      const moved = await tx.enrollment.create({
        data: {
          sectionId: to.id,
          learnerId: old.learnerId,
          enrolledById: actor.id,
          status,
          paymentStatus: old.paymentStatus,
          receiptReference: old.receiptReference,
        },
      });
      const position = await positionOf(tx, moved);
      await auditCourse(tx, {
        actorId: actor.id,
        client: actor.client,
        action: "enrollment.move",
        entity: "Enrollment",
        entityId: id,
        before: { status: old.status, sectionId: from.id },
        after: { status: "CANCELLED", movedTo: moved.id, toSectionId: to.id, toStatus: status, ...(position ? { position } : {}) },
      });
      // One after the other: a transaction is one connection, which runs one query at a time.
      const fromNotice = await tx.courseSection.findUniqueOrThrow({ where: { id: from.id }, ...NOTICE_SECTION });
      const toNotice = await tx.courseSection.findUniqueOrThrow({ where: { id: to.id }, ...NOTICE_SECTION });
      await noticeEnrollment(tx, "course.moved", old.learner, toNotice, { from: fromNotice.code, status, ...(position ? { position } : {}) });
      const promoted = HOLDS_PLACE.includes(old.status) ? await promoteWaitlist(tx, from.id, now, actor.id) : [];
      const outcome: EnrollOutcome = place ? "enrolled" : "waitlisted";
      return { enrollment: moved, outcome, position, promoted };
    });
  } catch (error) {
    throw fromDatabaseError(error, "errors.courses.alreadyEnrolled") ?? error;
  }
}
