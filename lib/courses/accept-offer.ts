import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { conflict, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { EnrollmentIdSchema } from "./schemas";
import { auditCourse, NOTICE_LEARNER, NOTICE_SECTION, noticeEnrollment } from "./events";
import { enrollmentForActor, requireEnrollmentActor } from "./enrollment-access";
import { lockSection } from "./section-places";

/**
 * The learner (or a guardian, or staff) claims an offered place before its deadline: the enrollment
 * becomes ENROLLED. The place was already held by the offer, so the section's count does not change.
 * A lapsed offer is refused; the sweep (or the next change to the section) gives its place to the next in line.
 */
export async function acceptOffer(db: Db, actor: Actor | null, enrollmentId: unknown, now = new Date()) {
  requireEnrollmentActor(actor);
  const id = parseInput(EnrollmentIdSchema, enrollmentId);
  const found = await enrollmentForActor(db, actor, id);
  return db.$transaction(async (tx) => {
    if (!(await lockSection(tx, found.sectionId))) throw notFound("errors.courses.enrollmentNotFound");
    const enrollment = await tx.enrollment.findUniqueOrThrow({ where: { id }, include: { learner: NOTICE_LEARNER, section: NOTICE_SECTION } });
    if (enrollment.status !== "OFFERED" || !enrollment.offerExpiresAt) throw conflict("errors.courses.notOffered");
    if (enrollment.offerExpiresAt.getTime() <= now.getTime()) throw conflict("errors.courses.offerExpired");
    const updated = await tx.enrollment.update({ where: { id }, data: { status: "ENROLLED", offerExpiresAt: null } });
    await auditCourse(tx, {
      actorId: actor.id,
      client: actor.client,
      action: "enrollment.accept",
      entity: "Enrollment",
      entityId: id,
      before: { status: "OFFERED", offerExpiresAt: enrollment.offerExpiresAt.toISOString() },
      after: { status: "ENROLLED" },
    });
    await noticeEnrollment(tx, "course.accepted", enrollment.learner, enrollment.section);
    return updated;
  });
}
