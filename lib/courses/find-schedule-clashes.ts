import "server-only";
import type { Db, Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ACTIVE_STATUSES } from "./rules";

interface Meeting {
  weekday: number;
  startMinute: number;
  endMinute: number;
}
interface Term {
  termStart: Date;
  termEnd: Date;
}

/** Two weekly meetings overlap when they fall on the same weekday and their times intersect. */
export const meetingsOverlap = (a: Meeting, b: Meeting) => a.weekday === b.weekday && a.startMinute < b.endMinute && b.startMinute < a.endMinute;
export const termsOverlap = (a: Term, b: Term) => a.termStart.getTime() <= b.termEnd.getTime() && b.termStart.getTime() <= a.termEnd.getTime();

const CLASH_SECTION = {
  id: true,
  code: true,
  termStart: true,
  termEnd: true,
  course: { select: { id: true, slug: true, title: true, translations: true } },
  meetings: { select: { id: true, weekday: true, startMinute: true, endMinute: true }, orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] },
} satisfies Prisma.CourseSectionSelect;

/**
 * The learner's other sections (enrolled, offered or waitlisted) whose weekly meetings overlap this
 * section's during overlapping terms: what the enrollment form warns about. Empty when none, or when
 * the learner or section does not exist (the caller has checked both).
 * Each clash names the other section and the pairs of meetings that collide.
 */
export async function findScheduleClashes(db: Db | Tx, { learnerId, sectionId }: { learnerId: string; sectionId: string }) {
  // One after the other: inside a transaction (`Tx`) one connection runs one query at a time.
  const target = await db.courseSection.findUnique({ where: { id: sectionId }, select: CLASH_SECTION });
  const others = await db.courseSection.findMany({
    where: { id: { not: sectionId }, enrollments: { some: { learnerId, status: { in: [...ACTIVE_STATUSES] } } } },
    select: CLASH_SECTION,
    orderBy: { termStart: "asc" },
  });
  if (!target) return [];
  return others.flatMap((other) => {
    if (!termsOverlap(target, other)) return [];
    const meetings = target.meetings.flatMap((mine) => other.meetings.filter((theirs) => meetingsOverlap(mine, theirs)).map((theirs) => ({ meeting: mine, clashesWith: theirs })));
    return meetings.length > 0 ? [{ section: other, meetings }] : [];
  });
}
export type ScheduleClash = Awaited<ReturnType<typeof findScheduleClashes>>[number];
