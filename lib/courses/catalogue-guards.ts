import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { conflict, invalid, notFound } from "@/lib/errors";
import { addDays, centerDateTimeToUtc } from "@/lib/time/center-time";
import type { CreateSectionInput } from "./catalogue-schemas";
import { lockSection as lockEnrollmentSection } from "./section-places";

/**
 * What the catalogue services share: row locks taken in one order (course, then section) so they
 * never deadlock with each other or with enrollment, and the checks on a section's facts.
 */

/** Locks a course row for the transaction; 404 when there is none. */
export async function lockCourse(tx: Tx, courseId: string) {
  const [row] = await tx.$queryRaw<{ id: string; retiredAt: Date | null }[]>`SELECT id, "retiredAt" FROM "Course" WHERE id = ${courseId} FOR UPDATE`;
  if (!row) throw notFound();
  return row;
}

/** Locks a section row with the enrollment engine's own lock (`section-places.ts`); 404 when there is none. */
export async function lockSection(tx: Tx, sectionId: string) {
  const section = await lockEnrollmentSection(tx, sectionId);
  if (!section) throw notFound();
  return section;
}

/** A retired course or section keeps its history and takes no more changes. */
export function refuseRetired(row: { retiredAt: Date | null }) {
  if (row.retiredAt) throw conflict("courseAdmin.errors.retired");
}

type SectionFacts = Omit<CreateSectionInput, "courseId" | "capacity" | "code">;

/** The section's columns from validated input: a teacher who teaches, a room that exists, the deadline at the end of its Center day. */
export async function sectionColumns(tx: Tx, input: SectionFacts) {
  if (input.teacherId) {
    const teacher = await tx.userRole.findUnique({ where: { userId_role: { userId: input.teacherId, role: "TEACHER" } } });
    if (!teacher) throw invalid("errors.invalidInput", {}, [{ path: "teacherId", messageKey: "courseAdmin.validation.notTeacher" }]);
  }
  const roomId = input.online ? null : (input.roomId ?? null);
  if (roomId && !(await tx.room.findUnique({ where: { id: roomId }, select: { id: true } }))) {
    throw invalid("errors.invalidInput", {}, [{ path: "roomId", messageKey: "validation.choice" }]);
  }
  return {
    teacherId: input.teacherId ?? null,
    termStart: new Date(`${input.termStart}T00:00:00Z`),
    termEnd: new Date(`${input.termEnd}T00:00:00Z`),
    online: input.online,
    roomId,
    instructionLanguage: input.instructionLanguage,
    feePkr: input.feePkr,
    enrollmentDeadline: deadlineAtEndOf(input.enrollmentDeadline),
    offerHours: input.offerHours,
    autoEnroll: input.autoEnroll,
  };
}

/** Enrollment stays open until the end of the deadline's Center day (the last millisecond before midnight). */
export const deadlineAtEndOf = (date: string) => new Date(centerDateTimeToUtc(addDays(date, 1), "00:00").getTime() - 1);
