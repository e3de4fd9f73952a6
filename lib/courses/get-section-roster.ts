import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { centerDateOf } from "@/lib/time/center-time";
import { id, parseInput } from "@/lib/validation";
import { attendanceRates, type AttendanceRate } from "./attendance-rates";
import { findTeachingSection } from "./find-teaching-section";
import { ROSTER_STATUSES, TAKES_ATTENDANCE, ageInYear } from "./rules";
import { RosterQuerySchema } from "./teaching-schemas";

const ROSTER_ENTRY = {
  learner: {
    select: {
      id: true,
      name: true,
      birthYear: true,
      userId: true,
      guardians: { orderBy: { createdAt: "asc" }, select: { user: { select: { id: true, name: true, email: true, phone: true } } } },
    },
  },
} satisfies Prisma.EnrollmentInclude;

/**
 * A section's roster for its teacher or staff: learners enrolled, offered a place and waitlisted (with
 * their position, in queue order), each with age this year, payment status, attendance rate (enrolled
 * learners) and, for a child, the guardians' contacts. 404 unless `rosterSectionsWhere` admits the
 * section; 403 for someone who reads no rosters. The staff roster page reuses it.
 */
export async function getSectionRoster(db: Db, actor: Actor | null, sectionId: unknown, query: unknown = {}, now = new Date()) {
  const section = await findTeachingSection(db, actor, parseInput(id, sectionId));
  const { status } = parseInput(RosterQuerySchema, query);
  const rows = await db.enrollment.findMany({
    where: { sectionId: section.id, status: { in: [...ROSTER_STATUSES] } },
    include: ROSTER_ENTRY,
    orderBy: { queueNumber: "asc" },
  });
  const rates = await attendanceRates(
    db,
    rows.filter((r) => TAKES_ATTENDANCE.includes(r.status)).map((r) => r.id),
  );
  const year = Number(centerDateOf(now).slice(0, 4));
  let waitlistPosition = 0;
  const entries = rows.map((row) => {
    const child = row.learner.userId === null;
    return {
      enrollmentId: row.id,
      status: row.status as (typeof ROSTER_STATUSES)[number],
      // Queue order is the order requests were served in (the sequence behind queueNumber).
      position: row.status === "WAITLISTED" ? ++waitlistPosition : null,
      offerExpiresAt: row.offerExpiresAt,
      paymentStatus: row.paymentStatus,
      receiptReference: row.receiptReference,
      enrolledAt: row.createdAt,
      learner: { id: row.learner.id, name: row.learner.name, birthYear: row.learner.birthYear, age: ageInYear(row.learner.birthYear, year), child },
      // A teacher reaches a child through the guardians; an adult learner speaks for themself.
      guardians: child ? row.learner.guardians.map((g) => g.user) : [],
      attendance: rates.get(row.id) ?? null,
    };
  });
  const order = (s: string) => ROSTER_STATUSES.indexOf(s as (typeof ROSTER_STATUSES)[number]);
  entries.sort((a, b) => order(a.status) - order(b.status));
  return { section, entries: status ? entries.filter((e) => e.status === status) : entries };
}

export type SectionRoster = Awaited<ReturnType<typeof getSectionRoster>>;
export type RosterEntry = SectionRoster["entries"][number];
export type { AttendanceRate };
