import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The one writer of `CourseSection.enrolledCount` and the one way to lock a section. Every path that
 * changes who holds or waits for a place (enroll, accept, drop, remove, move, capacity, expiry) first
 * locks the section row, so they queue one after another per section and each decides on what the
 * one before it committed (docs/decisions/0002).
 */

/** What the engine decides on, read under the lock. */
export const LOCKED_SECTION = {
  course: { select: { id: true, title: true, translations: true, audience: true, published: true, retiredAt: true } },
} as const;

/**
 * Locks the sections (in id order, so two paths locking the same pair never deadlock) and returns
 * them as they are now, or throws `missing` when one does not exist.
 */
export async function lockSections(tx: Tx, sectionIds: string[]) {
  const ids = [...new Set(sectionIds)].sort();
  await tx.$queryRaw`SELECT 1 FROM "CourseSection" WHERE "id" IN (${Prisma.join(ids)}) ORDER BY "id" FOR UPDATE`;
  const sections = await tx.courseSection.findMany({ where: { id: { in: ids } }, include: LOCKED_SECTION });
  return sectionIds.map((id) => sections.find((s) => s.id === id) ?? null);
}

export async function lockSection(tx: Tx, sectionId: string) {
  const [section] = await lockSections(tx, [sectionId]);
  return section;
}
export type LockedSection = NonNullable<Awaited<ReturnType<typeof lockSection>>>;

/**
 * Takes (delta > 0) or gives back (delta < 0) places with one conditional UPDATE; null when the
 * change would pass capacity (the CHECK constraint is the backstop).
 */
export async function adjustSectionPlaces(tx: Tx, sectionId: string, delta: number): Promise<{ enrolledCount: number; capacity: number } | null> {
  const [updated] = await tx.$queryRaw<{ enrolledCount: number; capacity: number }[]>`
    UPDATE "CourseSection"
       SET "enrolledCount" = "enrolledCount" + ${delta}
     WHERE "id" = ${sectionId}
       AND "enrolledCount" + ${delta} BETWEEN 0 AND "capacity"
 RETURNING "enrolledCount", "capacity"`;
  return updated ?? null;
}
