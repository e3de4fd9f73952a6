import type { EnrollmentStatus } from "@/lib/generated/prisma/enums";
import { createActor, db } from "@/tests/support/factories";
import { centerDateOf } from "@/lib/time/center-time";
import { sectionOccurrences } from "../section-occurrences";
import { createLearner, createSection, type SectionOptions } from "./factories";

/** Test data of the teaching side: sections already running, enrollments written directly. */

/** A section of `teacherId` whose term started four weeks ago (so it has past meetings) and runs ten weeks. */
export async function createRunningSection(teacherId: string | null, options: SectionOptions = {}) {
  const section = await createSection({ teacherId, termStartInDays: -28, termWeeks: 10, deadlineInDays: -30, ...options });
  return db.courseSection.findUniqueOrThrow({ where: { id: section.id }, include: { meetings: { include: { cancellations: true } } } });
}

/** An enrollment of a new learner in the section (written directly; the enrollment engine is tested on its own). */
export async function createEnrollment(sectionId: string, { status = "ENROLLED" as EnrollmentStatus, guardianIds = [] as string[], birthYear, name }: { status?: EnrollmentStatus; guardianIds?: string[]; birthYear?: number; name?: string } = {}) {
  const learner = await createLearner({ guardianIds, birthYear, name });
  const enrolledById = guardianIds[0] ?? (await createActor(["MEMBER"])).id;
  return db.enrollment.create({
    data: { sectionId, learnerId: learner.id, enrolledById, status, offerExpiresAt: status === "OFFERED" ? new Date(Date.now() + 48 * 3600_000) : null },
    include: { learner: true },
  });
}

/** The section's meeting dates up to today (the last one first), cancelled ones left out. */
export async function pastMeetingDates(sectionId: string, now = new Date()) {
  const section = await db.courseSection.findUniqueOrThrow({ where: { id: sectionId }, include: { meetings: { include: { cancellations: true } } } });
  return sectionOccurrences(section, { to: centerDateOf(now) })
    .filter((o) => !o.cancelled)
    .map((o) => o.date)
    .reverse();
}
