import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { centerDateTimeText } from "@/lib/time/center-time";
import { ageFitsAudience, audienceYearOf, offerDeadline, SWEEP_BATCH } from "./rules";
import { auditCourse, NOTICE_LEARNER, noticeEnrollment } from "./events";
import { adjustSectionPlaces } from "./section-places";

/**
 * Fills every free place of a section from its waitlist, strictly in queue order. The one promotion
 * path: called inside every transaction that frees or adds places (drop, removal, move, capacity
 * raise, offer expiry), after the section row was locked by that transaction.
 *
 * Walks WAITLISTED enrollments by `queueNumber`. An entry whose learner no longer fits the course's
 * audience (the course or the learner's birth year changed since they joined) is skipped and stays on
 * the waitlist for staff to sort out; promotion carries on with the next one. Each promoted learner
 * gets an offer to claim within the section's `offerHours`, or the place itself when the section
 * enrolls automatically. A retired section promotes nobody. Offers hold a place, so `enrolledCount`
 * grows by one per promoted learner, in the same transaction as the status, audit row and notices.
 */
export async function promoteWaitlist(tx: Tx, sectionId: string, now: Date, actorId: string | null) {
  const section = await tx.courseSection.findUniqueOrThrow({
    where: { id: sectionId },
    include: { course: { select: { title: true, translations: true, audience: true, retiredAt: true } } },
  });
  if (section.retiredAt || section.course.retiredAt) return [];
  let free = section.capacity - section.enrolledCount;
  const promoted: { id: string; learnerId: string; status: "OFFERED" | "ENROLLED"; offerExpiresAt: Date | null }[] = [];
  const year = audienceYearOf(section);
  let after = -1;
  while (free > 0) {
    const batch = await tx.enrollment.findMany({
      where: { sectionId, status: "WAITLISTED", queueNumber: { gt: after } },
      orderBy: { queueNumber: "asc" },
      take: SWEEP_BATCH,
      include: { learner: { select: { ...NOTICE_LEARNER.select, birthYear: true } } },
    });
    if (batch.length === 0) break;
    for (const entry of batch) {
      after = entry.queueNumber;
      if (!ageFitsAudience(section.course.audience, entry.learner.birthYear, year)) continue;
      const status = section.autoEnroll ? "ENROLLED" : "OFFERED";
      const offerExpiresAt = section.autoEnroll ? null : offerDeadline(now, section.offerHours);
      await tx.enrollment.update({ where: { id: entry.id }, data: { status, offerExpiresAt } });
      await auditCourse(tx, {
        actorId,
        action: section.autoEnroll ? "enrollment.promote" : "enrollment.offer",
        entity: "Enrollment",
        entityId: entry.id,
        before: { status: "WAITLISTED" },
        after: { status, ...(offerExpiresAt ? { offerExpiresAt: offerExpiresAt.toISOString() } : {}) },
      });
      await noticeEnrollment(
        tx,
        section.autoEnroll ? "course.promoted" : "course.offered",
        entry.learner,
        section,
        offerExpiresAt ? { expiresAt: centerDateTimeText(offerExpiresAt) } : {},
      );
      promoted.push({ id: entry.id, learnerId: entry.learnerId, status, offerExpiresAt });
      if (--free === 0) break;
    }
  }
  if (promoted.length > 0 && !(await adjustSectionPlaces(tx, sectionId, promoted.length))) {
    // Cannot happen under the section lock (free was computed from the locked row); the CHECK agrees.
    throw new Error(`promotion overfilled section ${sectionId}`);
  }
  return promoted;
}
