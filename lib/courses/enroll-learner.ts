import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { conflict, fromDatabaseError, invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { ACTIVE_STATUSES, AUDIENCE_AGES, ageInYear, audienceYearOf } from "./rules";
import { mayManageEnrollments } from "./policy";
import { EnrollSchema } from "./schemas";
import { auditCourse, NOTICE_LEARNER, NOTICE_SECTION, noticeEnrollment } from "./events";
import { learnerForActor, requireEnrollmentActor } from "./enrollment-access";
import { findScheduleClashes } from "./find-schedule-clashes";
import { adjustSectionPlaces, lockSection } from "./section-places";
import { promoteWaitlist } from "./promote-waitlist";
import { releaseExpiredOffers } from "./sweep-expired-offers";
import { positionOf } from "./waitlist-positions";

export type EnrollOutcome = "enrolled" | "waitlisted";

/** Refuses a learner whose age (in the year the term starts) is outside the course's audience. */
export function assertAgeFits(section: { termStart: Date; course: { audience: keyof typeof AUDIENCE_AGES } }, learner: { birthYear: number }) {
  const age = ageInYear(learner.birthYear, audienceYearOf(section));
  const { min, max } = AUDIENCE_AGES[section.course.audience];
  if (age < min) throw invalid("errors.courses.learnerTooYoung", { age, min });
  if (max !== null && age > max) throw invalid("errors.courses.learnerTooOld", { age, max });
}

/**
 * Enrolls a learner in a section: a place when one is free, else the end of the waitlist.
 * The learner, a guardian, or staff on the learner's behalf. Refused: a learner the actor does not
 * look after (404), an age outside the course's audience, a passed enrollment deadline (staff may
 * still enroll after it), a retired section or course, a learner already enrolled, offered or
 * waiting in the section (also guarded by the partial unique index), and meetings that clash with
 * the learner's other sections unless `acknowledgeClash`.
 *
 * Concurrency: the section row is locked first; the queue number is drawn after the lock, so the
 * waitlist follows the order requests were served in. Waiting learners are promoted before the
 * newcomer is placed, so nobody overtakes the queue.
 */
export async function enrollLearner(db: Db, actor: Actor | null, input: unknown, now = new Date()) {
  requireEnrollmentActor(actor);
  const data = parseInput(EnrollSchema, input);
  const staff = mayManageEnrollments(actor);
  const [learner, section] = await Promise.all([
    learnerForActor(db, actor, data.learnerId),
    db.courseSection.findUnique({ where: { id: data.sectionId }, include: { course: true } }),
  ]);
  if (!section || (!section.course.published && !staff)) throw notFound("errors.courses.sectionNotFound");
  if (section.retiredAt || section.course.retiredAt || !section.course.published) throw conflict("errors.courses.sectionClosed");
  if (!staff && now.getTime() > section.enrollmentDeadline.getTime()) throw conflict("errors.courses.deadlinePassed");
  assertAgeFits(section, learner);
  if (!data.acknowledgeClash) {
    const clashes = await findScheduleClashes(db, { learnerId: learner.id, sectionId: section.id });
    if (clashes.length > 0) throw conflict("errors.courses.scheduleClash", { sections: clashes.map((c) => c.section.code).join(", ") });
  }

  try {
    return await db.$transaction(async (tx) => {
      const locked = await lockSection(tx, section.id);
      if (!locked) throw notFound("errors.courses.sectionNotFound");
      if (locked.retiredAt || locked.course.retiredAt) throw conflict("errors.courses.sectionClosed");
      // Lapsed offers give their places back (the learner's own lapsed offer no longer counts).
      await releaseExpiredOffers(tx, section.id, now, actor.id);
      const existing = await tx.enrollment.findFirst({ where: { sectionId: section.id, learnerId: learner.id, status: { in: [...ACTIVE_STATUSES] } } });
      if (existing) throw conflict(existing.status === "WAITLISTED" ? "errors.courses.alreadyWaitlisted" : "errors.courses.alreadyEnrolled");
      // Anyone already waiting comes before the newcomer.
      await promoteWaitlist(tx, section.id, now, actor.id);

      const place = await adjustSectionPlaces(tx, section.id, 1);
      const status = place ? "ENROLLED" : "WAITLISTED";
      const enrollment = await tx.enrollment.create({
        data: { sectionId: section.id, learnerId: learner.id, enrolledById: actor.id, status },
      });
      const position = await positionOf(tx, enrollment);
      await auditCourse(tx, {
        actorId: actor.id,
        client: actor.client,
        action: place ? "enrollment.enroll" : "enrollment.waitlist",
        entity: "Enrollment",
        entityId: enrollment.id,
        after: { status, sectionId: section.id, learnerId: learner.id, ...(position ? { position } : {}), ...(data.acknowledgeClash ? { acknowledgeClash: true } : {}) },
      });
      // One after the other: a transaction is one connection, which runs one query at a time.
      const people = await tx.learner.findUniqueOrThrow({ where: { id: learner.id }, ...NOTICE_LEARNER });
      const noticeSection = await tx.courseSection.findUniqueOrThrow({ where: { id: section.id }, ...NOTICE_SECTION });
      await noticeEnrollment(tx, place ? "course.enrolled" : "course.waitlisted", people, noticeSection, position ? { position } : {});
      const outcome: EnrollOutcome = place ? "enrolled" : "waitlisted";
      return { enrollment, outcome, position };
    });
  } catch (error) {
    throw fromDatabaseError(error, "errors.courses.alreadyEnrolled") ?? error;
  }
}
