import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/create-client";
import type { AttendanceStatus } from "@/lib/generated/prisma/enums";
import { parseInput } from "@/lib/validation";
import { findTeachingSection, requireRosterReader } from "./find-teaching-section";
import { mayMarkAttendance } from "./policy";
import { TAKES_ATTENDANCE } from "./rules";
import { attendanceDateRefusal, occurrencesOn } from "./section-occurrences";
import { attendanceDateError } from "./section-attendance-refusal";
import { SectionDateSchema } from "./teaching-schemas";

/**
 * The attendance sheet of one occurrence date: the section's enrolled learners with the mark each
 * has for that date (null when not marked yet). A date the section does not meet on is refused
 * (422); a cancelled or future date is shown but cannot be marked (`markable` says why not).
 */
export async function getSectionAttendance(db: Db, actor: Actor | null, input: unknown, now = new Date()) {
  requireRosterReader(actor);
  const { sectionId, date } = parseInput(SectionDateSchema, input);
  const section = await findTeachingSection(db, actor, sectionId);
  const occurrences = occurrencesOn(section, date);
  const refusal = attendanceDateRefusal(section, date, now);
  if (refusal === "notAMeetingDate") throw attendanceDateError(refusal);
  const day = new Date(`${date}T00:00:00Z`);
  const enrollments = await db.enrollment.findMany({
    where: { sectionId: section.id, status: { in: [...TAKES_ATTENDANCE] } },
    orderBy: [{ learner: { name: "asc" } }, { queueNumber: "asc" }],
    select: {
      id: true,
      learner: { select: { id: true, name: true } },
      attendance: { where: { date: day }, select: { status: true, markedAt: true, markedBy: { select: { name: true } } } },
    },
  });
  return {
    section,
    date,
    occurrences,
    /** null when marks may be written now; otherwise why not. */
    refusal: refusal ?? (mayMarkAttendance(actor, section) ? null : ("forbidden" as const)),
    learners: enrollments.map((e) => ({
      enrollmentId: e.id,
      learner: e.learner,
      status: (e.attendance[0]?.status ?? null) as AttendanceStatus | null,
      markedAt: e.attendance[0]?.markedAt ?? null,
      markedBy: e.attendance[0]?.markedBy?.name ?? null,
    })),
  };
}
export type SectionAttendance = Awaited<ReturnType<typeof getSectionAttendance>>;
