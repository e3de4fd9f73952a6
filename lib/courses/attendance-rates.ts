import "server-only";
import type { Db, Tx } from "@/lib/db/create-client";
import type { AttendanceStatus } from "@/lib/generated/prisma/enums";
import { COUNTS_AS_ATTENDED } from "./rules";

export interface AttendanceRate {
  /** Occurrences marked PRESENT or LATE. */
  attended: number;
  /** Occurrences marked at all (so far: a mark is never in the future). */
  marked: number;
  /** attended / marked, or null while nothing is marked. */
  rate: number | null;
}

/** A learner's rate from their marks: PRESENT and LATE count as attended, every mark counts as an occurrence. */
export function attendanceRate(statuses: readonly AttendanceStatus[]): AttendanceRate {
  const attended = statuses.filter((s) => COUNTS_AS_ATTENDED.includes(s)).length;
  return { attended, marked: statuses.length, rate: statuses.length ? attended / statuses.length : null };
}

/** The rate of each enrollment (every id gets one, 0 of 0 when unmarked), in one grouped query. */
export async function attendanceRates(db: Db | Tx, enrollmentIds: readonly string[]): Promise<Map<string, AttendanceRate>> {
  const groups = enrollmentIds.length
    ? await db.attendance.groupBy({ by: ["enrollmentId", "status"], where: { enrollmentId: { in: [...enrollmentIds] } }, _count: { _all: true } })
    : [];
  const statuses = new Map<string, AttendanceStatus[]>(enrollmentIds.map((id) => [id, []]));
  for (const group of groups) statuses.get(group.enrollmentId)?.push(...Array<AttendanceStatus>(group._count._all).fill(group.status));
  return new Map([...statuses].map(([id, marks]) => [id, attendanceRate(marks)]));
}
