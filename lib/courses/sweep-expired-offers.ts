import "server-only";
import type { Db, Tx } from "@/lib/db/create-client";
import { auditCourse, NOTICE_LEARNER, NOTICE_SECTION, noticeEnrollment } from "./events";
import { adjustSectionPlaces } from "./section-places";
import { promoteWaitlist } from "./promote-waitlist";
import { SWEEP_BATCH } from "./rules";

/**
 * Cancels the section's offers whose deadline has passed (status CANCELLED, "offer expired"), gives
 * their places back and promotes the next in line. The caller holds the section's lock; every path
 * that locks a section calls this first, so a lapsed offer never keeps a place from the queue.
 */
export async function releaseExpiredOffers(tx: Tx, sectionId: string, now: Date, actorId: string | null = null) {
  const expired = await tx.enrollment.findMany({
    where: { sectionId, status: "OFFERED", offerExpiresAt: { lte: now } },
    orderBy: { queueNumber: "asc" },
    include: { learner: NOTICE_LEARNER, section: NOTICE_SECTION },
  });
  if (expired.length === 0) return { expired: 0, promoted: 0 };
  for (const offer of expired) {
    await tx.enrollment.update({ where: { id: offer.id }, data: { status: "CANCELLED", offerExpiresAt: null } });
    await auditCourse(tx, {
      actorId,
      action: "enrollment.offerExpire",
      entity: "Enrollment",
      entityId: offer.id,
      before: { status: "OFFERED", offerExpiresAt: offer.offerExpiresAt?.toISOString() ?? null },
      after: { status: "CANCELLED" },
    });
    await noticeEnrollment(tx, "course.offerExpired", offer.learner, offer.section);
  }
  if (!(await adjustSectionPlaces(tx, sectionId, -expired.length))) throw new Error(`expired offers of ${sectionId} held no places`);
  const promoted = await promoteWaitlist(tx, sectionId, now, actorId);
  return { expired: expired.length, promoted: promoted.length };
}

/**
 * The expiry sweep, run every minute by each instance (instrumentation.ts). Finds the sections with
 * lapsed offers, then for each locks the section with `FOR UPDATE SKIP LOCKED`: a section another
 * instance (or a request) holds right now is skipped, not waited for; the next sweep, or the
 * request itself (which releases lapsed offers first), takes care of it. Locking the section rather
 * than the offers keeps one lock order everywhere (section, then its enrollments), so the sweep
 * cannot deadlock with a drop or an enrollment.
 */
export async function sweepExpiredOffers(db: Db, now = new Date()) {
  const due = await db.enrollment.findMany({
    where: { status: "OFFERED", offerExpiresAt: { lte: now } },
    distinct: ["sectionId"],
    select: { sectionId: true },
    take: SWEEP_BATCH,
  });
  const totals = { sections: 0, skipped: 0, expired: 0, promoted: 0 };
  for (const { sectionId } of due) {
    const result = await db.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "CourseSection" WHERE "id" = ${sectionId} FOR UPDATE SKIP LOCKED`;
      if (locked.length === 0) return null;
      return releaseExpiredOffers(tx, sectionId, now);
    });
    if (!result) {
      totals.skipped++;
      continue;
    }
    totals.sections++;
    totals.expired += result.expired;
    totals.promoted += result.promoted;
  }
  return totals;
}
