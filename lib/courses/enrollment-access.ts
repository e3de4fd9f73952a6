import "server-only";
import type { Db, Tx } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/authorize";
import { forbidden, notFound, unauthenticated } from "@/lib/errors";
import { COURSE_PERMISSIONS, mayActForLearner, mayManageEnrollments, visibleEnrollmentsWhere, visibleLearnersWhere } from "./policy";

const PEOPLE = { select: { id: true, userId: true, name: true, birthYear: true, guardians: { select: { userId: true } } } } as const;

/** The coarse check of every enrollment write: someone who may enroll their own learners, or staff. */
export function requireEnrollmentActor(actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor) throw unauthenticated();
  if (!can(actor, COURSE_PERMISSIONS.enrollOwn) && !mayManageEnrollments(actor)) throw forbidden();
}

/**
 * A learner the actor may act for. One they may not see does not exist for them (404); one they
 * see but may not act for (a teacher) is a 403.
 */
export async function learnerForActor(db: Db | Tx, actor: Actor, learnerId: string) {
  const learner = await db.learner.findFirst({ where: { AND: [{ id: learnerId }, visibleLearnersWhere(actor)] }, ...PEOPLE });
  if (!learner) throw notFound("errors.courses.learnerNotFound");
  if (!mayActForLearner(actor, learner)) throw forbidden();
  return learner;
}

/** An enrollment the actor may act on (its learner's people, or staff); 404 when they may not see it. */
export async function enrollmentForActor(db: Db | Tx, actor: Actor, enrollmentId: string) {
  const enrollment = await db.enrollment.findFirst({
    where: { AND: [{ id: enrollmentId }, visibleEnrollmentsWhere(actor)] },
    include: { learner: PEOPLE },
  });
  if (!enrollment) throw notFound("errors.courses.enrollmentNotFound");
  if (!mayActForLearner(actor, enrollment.learner)) throw forbidden();
  return enrollment;
}
