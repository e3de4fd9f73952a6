import "server-only";
import type { Db, Tx } from "@/lib/db/create-client";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Waitlist positions: 1 for the first WAITLISTED enrollment of a section in queue order
 * (`queueNumber`, taken after the section's lock, so the order requests were served in).
 * Internal: callers decide visibility (a roster reader, or the owner of the enrollment).
 */
export async function waitlistPositions(db: Db | Tx, sectionId: string): Promise<Map<string, number>> {
  const waiting = await db.enrollment.findMany({
    where: { sectionId, status: "WAITLISTED" },
    orderBy: { queueNumber: "asc" },
    select: { id: true },
  });
  return new Map(waiting.map((row, index) => [row.id, index + 1]));
}

/** The positions of some enrollments (only WAITLISTED ones get one), in one query. */
export async function positionsOf(db: Db | Tx, enrollmentIds: string[]): Promise<Map<string, number>> {
  if (enrollmentIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; position: number }[]>`
    SELECT e."id",
           (SELECT count(*)::int FROM "Enrollment" w
             WHERE w."sectionId" = e."sectionId" AND w."status" = 'WAITLISTED' AND w."queueNumber" <= e."queueNumber") AS "position"
      FROM "Enrollment" e
     WHERE e."id" IN (${Prisma.join(enrollmentIds)}) AND e."status" = 'WAITLISTED'`;
  return new Map(rows.map((row) => [row.id, row.position]));
}

export async function positionOf(db: Db | Tx, enrollment: { id: string; status: string }): Promise<number | null> {
  if (enrollment.status !== "WAITLISTED") return null;
  return (await positionsOf(db, [enrollment.id])).get(enrollment.id) ?? null;
}
