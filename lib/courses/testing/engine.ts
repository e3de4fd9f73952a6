import type { DomainError } from "@/lib/errors";
import { db } from "@/tests/support/factories";

/** Helpers of the enrollment-engine tests. */

export const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (e: DomainError) => e,
  );

export const thisYear = () => new Date().getUTCFullYear();
/** A birth year making the learner `age` in the year a default test section's term starts. */
export const bornAgo = (age: number) => thisYear() - age + (new Date(Date.now() + 14 * 86_400_000).getUTCFullYear() - thisYear());

/** The section's counter and the enrollments it should equal, and the waitlist in queue order. */
export async function sectionFigures(sectionId: string) {
  const [section, byStatus, waitlist] = await Promise.all([
    db.courseSection.findUniqueOrThrow({ where: { id: sectionId }, select: { capacity: true, enrolledCount: true } }),
    db.enrollment.groupBy({ by: ["status"], where: { sectionId }, _count: true }),
    db.enrollment.findMany({ where: { sectionId, status: "WAITLISTED" }, orderBy: { queueNumber: "asc" }, select: { id: true, learnerId: true, queueNumber: true } }),
  ]);
  const count = (status: string) => byStatus.find((row) => row.status === status)?._count ?? 0;
  return {
    ...section,
    enrolled: count("ENROLLED"),
    offered: count("OFFERED"),
    waitlisted: count("WAITLISTED"),
    cancelled: count("CANCELLED"),
    waitlist,
  };
}
