import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit";
import type { Db } from "@/lib/db/create-client";
import { forbidden, invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { findTeachingSection, requireAttendanceTaker } from "./find-teaching-section";
import { mayMarkAttendance } from "./policy";
import { TAKES_ATTENDANCE } from "./rules";
import { attendanceDateRefusal } from "./section-occurrences";
import { attendanceDateError } from "./section-attendance-refusal";
import { MarkAttendanceSchema } from "./teaching-schemas";

/**
 * Marks attendance for one occurrence date of a section: present, absent, late or excused, per
 * enrolled learner. Teachers in their own sections, staff in any (`mayMarkAttendance`); a section
 * the actor may not see is a 404. Only on a date the section meets and has not cancelled, not in
 * the future, and only for learners ENROLLED in that section: anything else is refused whole (422),
 * nothing written. Marks are upserted on (enrollment, date), so a correction replaces a mark; the
 * audit row (before and after) is written in the same transaction.
 */
export async function markAttendance(db: Db, actor: Actor | null, input: unknown, now = new Date()) {
  requireAttendanceTaker(actor);
  const { sectionId, date, marks } = parseInput(MarkAttendanceSchema, input);
  const section = await findTeachingSection(db, actor, sectionId);
  if (!mayMarkAttendance(actor, section)) throw forbidden();
  const refusal = attendanceDateRefusal(section, date, now);
  if (refusal) throw attendanceDateError(refusal);
  const day = new Date(`${date}T00:00:00Z`);

  return db.$transaction(async (tx) => {
    // Read under the enrollments' row locks, so a drop or a move cannot slip in between check and write.
    const ids = marks.map((m) => m.enrollmentId);
    const locked = await tx.$queryRaw<{ id: string; status: string; sectionId: string }[]>`
      SELECT id, status::text AS status, "sectionId" FROM "Enrollment" WHERE id = ANY(${ids}::text[]) FOR UPDATE`;
    const enrolled = new Set(locked.filter((e) => e.sectionId === section.id && (TAKES_ATTENDANCE as string[]).includes(e.status)).map((e) => e.id));
    const issues = marks.flatMap((m, index) => (enrolled.has(m.enrollmentId) ? [] : [{ path: `marks.${index}.enrollmentId`, messageKey: "teaching.errors.notEnrolled" }]));
    if (issues.length) throw invalid("teaching.errors.notEnrolled", {}, issues);

    const before = await tx.attendance.findMany({ where: { enrollmentId: { in: ids }, date: day }, select: { enrollmentId: true, status: true } });
    const written = [];
    for (const { enrollmentId, status } of marks) {
      written.push(
        await tx.attendance.upsert({
          where: { enrollmentId_date: { enrollmentId, date: day } },
          create: { enrollmentId, date: day, status, markedById: actor.id, markedAt: now },
          update: { status, markedById: actor.id, markedAt: now },
        }),
      );
    }
    await recordAudit(tx, {
      actor,
      action: "attendance.mark",
      entity: "CourseSection",
      entityId: section.id,
      before: { date, marks: before },
      after: { date, marks },
    });
    return { sectionId: section.id, date, marks: written };
  });
}
