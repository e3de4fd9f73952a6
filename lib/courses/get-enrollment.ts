import "server-only";
import type { Db, Tx } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { notFound, unauthenticated } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { visibleEnrollmentsWhere } from "./policy";
import { EnrollmentIdSchema } from "./schemas";
import { ENROLLMENT_WITH_SECTION } from "./enrollment-shape";
import { positionOf } from "./waitlist-positions";

/**
 * One enrollment as the actor may see it (its learner or a guardian, the section's teacher, staff),
 * with its waitlist position. For anyone else it does not exist: 404.
 */
export async function getEnrollment(db: Db | Tx, actor: Actor | null, enrollmentId: unknown) {
  if (!actor) throw unauthenticated();
  const id = parseInput(EnrollmentIdSchema, enrollmentId);
  const enrollment = await db.enrollment.findFirst({ where: { AND: [{ id }, visibleEnrollmentsWhere(actor)] }, include: ENROLLMENT_WITH_SECTION });
  if (!enrollment) throw notFound("errors.courses.enrollmentNotFound");
  return { ...enrollment, position: await positionOf(db, enrollment) };
}
export type EnrollmentDetail = Awaited<ReturnType<typeof getEnrollment>>;
