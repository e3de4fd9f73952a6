import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createActor, db } from "@/tests/support/factories";
import { createLearner, createSection } from "./testing/factories";
import { bornAgo, rejection, sectionFigures } from "./testing/engine";
import { enrollLearner } from "./enroll-learner";
import { dropEnrollment } from "./drop-enrollment";
import { acceptOffer } from "./accept-offer";
import { sweepExpiredOffers } from "./sweep-expired-offers";
import { changeSectionCapacity } from "./change-section-capacity";
import { moveEnrollment } from "./move-enrollment";
import { waitlistPositions } from "./waitlist-positions";

const HOUR = 3_600_000;
let parent: Actor;
let staff: Actor;
beforeAll(async () => {
  parent = await createActor(["MEMBER"]);
  staff = await createActor(["STAFF"]);
});

/** A full section of `capacity` with `waiting` learners queued behind, all the parent's. */
async function fullSection(capacity: number, waiting: number, options: Parameters<typeof createSection>[0] = {}) {
  const section = await createSection({ capacity, ...options });
  const enrollments = [];
  for (let i = 0; i < capacity + waiting; i++) {
    const learner = await createLearner({ guardianIds: [parent.id] });
    enrollments.push((await enrollLearner(db, parent, { sectionId: section.id, learnerId: learner.id })).enrollment);
  }
  return { section, placed: enrollments.slice(0, capacity), waiting: enrollments.slice(capacity) };
}
const statusOf = async (id: string) => (await db.enrollment.findUniqueOrThrow({ where: { id } })).status;

describe("dropping and promotion", () => {
  it("a drop offers the freed place to the first in line for the section's offer hours; the offer holds the place", async () => {
    const now = new Date();
    const { section, placed, waiting } = await fullSection(1, 2, { offerHours: 24 });
    const { enrollment, promoted } = await dropEnrollment(db, parent, placed[0].id, { reason: "Moving away" }, now);
    expect(enrollment.status).toBe("CANCELLED");
    expect(promoted).toEqual([expect.objectContaining({ id: waiting[0].id, status: "OFFERED", offerExpiresAt: new Date(now.getTime() + 24 * HOUR) })]);
    expect(await sectionFigures(section.id)).toMatchObject({ enrolledCount: 1, offered: 1, waitlisted: 1, cancelled: 1 });
    expect(await waitlistPositions(db, section.id)).toEqual(new Map([[waiting[1].id, 1]]));
    expect(await db.auditLog.count({ where: { entityId: placed[0].id, action: "enrollment.drop" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: waiting[0].id, action: "enrollment.offer" } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { userId: parent.id, template: "course.offered" } })).toBeGreaterThan(0);
    // Dropping twice is refused.
    await expect(rejection(dropEnrollment(db, parent, placed[0].id))).resolves.toMatchObject({ code: "conflict", messageKey: "errors.courses.notActive" });
  });

  it("the offered learner accepts within the deadline; a lapsed offer cannot be accepted", async () => {
    const now = new Date();
    const { placed, waiting } = await fullSection(2, 2, { offerHours: 48 });
    await dropEnrollment(db, parent, placed[0].id, {}, now);
    await dropEnrollment(db, parent, placed[1].id, {}, now);
    await expect(acceptOffer(db, parent, waiting[0].id, new Date(now.getTime() + 47 * HOUR))).resolves.toMatchObject({ status: "ENROLLED", offerExpiresAt: null });
    await expect(rejection(acceptOffer(db, parent, waiting[0].id))).resolves.toMatchObject({ code: "conflict", messageKey: "errors.courses.notOffered" });
    await expect(rejection(acceptOffer(db, parent, waiting[1].id, new Date(now.getTime() + 49 * HOUR)))).resolves.toMatchObject({ code: "conflict", messageKey: "errors.courses.offerExpired" });
  });

  it("the sweep cancels lapsed offers and offers the places to the next in line, carrying on down the queue", async () => {
    const now = new Date();
    const { section, placed, waiting } = await fullSection(1, 3, { offerHours: 1 });
    await dropEnrollment(db, parent, placed[0].id, {}, now);
    expect(await statusOf(waiting[0].id)).toBe("OFFERED");
    // Not yet due.
    expect(await sweepExpiredOffers(db, new Date(now.getTime() + 30 * 60_000))).toMatchObject({ expired: 0 });
    const later = new Date(now.getTime() + 2 * HOUR);
    expect(await sweepExpiredOffers(db, later)).toMatchObject({ sections: 1, expired: 1, promoted: 1 });
    expect(await statusOf(waiting[0].id)).toBe("CANCELLED");
    expect(await statusOf(waiting[1].id)).toBe("OFFERED");
    expect(await db.auditLog.count({ where: { entityId: waiting[0].id, action: "enrollment.offerExpire", actorId: null } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { template: "course.offerExpired", userId: parent.id } })).toBeGreaterThan(0);
    expect(await sectionFigures(section.id)).toMatchObject({ enrolledCount: 1, offered: 1, waitlisted: 1 });
  });

  it("the sweep skips a section another instance holds instead of waiting, and finishes it on the next run", async () => {
    const now = new Date();
    const { section, placed, waiting } = await fullSection(1, 1, { offerHours: 1 });
    await dropEnrollment(db, parent, placed[0].id, {}, now);
    const later = new Date(now.getTime() + 2 * HOUR);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const holder = db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "CourseSection" WHERE "id" = ${section.id} FOR UPDATE`;
      locked();
      await held;
    });
    await lockTaken;
    const started = performance.now();
    expect(await sweepExpiredOffers(db, later)).toMatchObject({ sections: 0, skipped: 1, expired: 0 });
    expect(performance.now() - started).toBeLessThan(2_000);
    release();
    await holder;
    expect(await sweepExpiredOffers(db, later)).toMatchObject({ sections: 1, skipped: 0, expired: 1 });
    expect(await statusOf(waiting[0].id)).toBe("CANCELLED");
  });

  it("a section that enrolls automatically gives the freed place straight to the next in line", async () => {
    const { section, placed, waiting } = await fullSection(1, 1, { autoEnroll: true });
    const { promoted } = await dropEnrollment(db, parent, placed[0].id);
    expect(promoted).toEqual([expect.objectContaining({ id: waiting[0].id, status: "ENROLLED", offerExpiresAt: null })]);
    expect(await sectionFigures(section.id)).toMatchObject({ enrolledCount: 1, enrolled: 1, offered: 0, waitlisted: 0 });
    expect(await db.outboxMessage.count({ where: { template: "course.promoted" } })).toBeGreaterThan(0);
  });

  it("skips a waiting learner who no longer fits the audience, and carries on with the next", async () => {
    const { section, placed, waiting } = await fullSection(1, 2);
    // The first in line's birth year was corrected: a child now, in an adults' course.
    await db.learner.update({ where: { id: waiting[0].learnerId }, data: { birthYear: bornAgo(10) } });
    const { promoted } = await dropEnrollment(db, parent, placed[0].id);
    expect(promoted.map((p) => p.id)).toEqual([waiting[1].id]);
    expect(await statusOf(waiting[0].id)).toBe("WAITLISTED");
    expect(await waitlistPositions(db, section.id)).toEqual(new Map([[waiting[0].id, 1]]));
  });

  it("a waitlisted learner leaving frees no place and promotes nobody", async () => {
    const { section, waiting } = await fullSection(1, 2);
    const { promoted } = await dropEnrollment(db, parent, waiting[0].id);
    expect(promoted).toEqual([]);
    expect(await waitlistPositions(db, section.id)).toEqual(new Map([[waiting[1].id, 1]]));
  });

  it("staff removal writes a removal, not a drop; strangers get 404 and teachers 403", async () => {
    const { placed } = await fullSection(1, 0);
    const stranger = await createActor(["MEMBER"]);
    await expect(rejection(dropEnrollment(db, stranger, placed[0].id))).resolves.toMatchObject({ code: "not_found" });
    await expect(rejection(acceptOffer(db, stranger, placed[0].id))).resolves.toMatchObject({ code: "not_found" });
    await dropEnrollment(db, staff, placed[0].id, { reason: "Duplicate" });
    expect(await db.auditLog.findFirstOrThrow({ where: { entityId: placed[0].id, action: "enrollment.remove" } })).toMatchObject({ actorId: staff.id, after: { reason: "Duplicate" } });
    expect(await db.outboxMessage.count({ where: { template: "course.removed", userId: parent.id } })).toBeGreaterThan(0);
  });
});

describe("changeSectionCapacity", () => {
  it("never goes below the places held, and a raise fills every new place from the queue in order", async () => {
    const { section, waiting } = await fullSection(2, 4);
    await expect(rejection(changeSectionCapacity(db, staff, section.id, 1))).resolves.toMatchObject({ code: "conflict", messageKey: "errors.courses.capacityBelowEnrolled", params: { enrolled: 2, capacity: 1 } });
    await expect(rejection(changeSectionCapacity(db, parent, section.id, 10))).resolves.toMatchObject({ code: "forbidden" });
    const { section: after, promoted } = await changeSectionCapacity(db, staff, section.id, 5);
    expect(promoted.map((p) => p.id)).toEqual(waiting.slice(0, 3).map((w) => w.id));
    expect(after).toMatchObject({ capacity: 5, enrolledCount: 5 });
    expect(await sectionFigures(section.id)).toMatchObject({ enrolled: 2, offered: 3, waitlisted: 1 });
    // Offers hold places: the capacity cannot go below them either.
    await expect(rejection(changeSectionCapacity(db, staff, section.id, 4))).resolves.toMatchObject({ messageKey: "errors.courses.capacityBelowEnrolled" });
    await expect(changeSectionCapacity(db, staff, section.id, 5)).resolves.toMatchObject({ promoted: [] });
  });
});

describe("moveEnrollment", () => {
  it("moves a learner into a free place of another section, and the old place goes to the old waitlist", async () => {
    const { section: from, placed, waiting } = await fullSection(1, 1);
    const to = await createSection({ capacity: 3 });
    await db.enrollment.update({ where: { id: placed[0].id }, data: { paymentStatus: "PAID", receiptReference: "R-1" } });
    const moved = await moveEnrollment(db, staff, placed[0].id, to.id);
    expect(moved).toMatchObject({ outcome: "enrolled", position: null, enrollment: { sectionId: to.id, learnerId: placed[0].learnerId, status: "ENROLLED", paymentStatus: "PAID", receiptReference: "R-1" } });
    expect(moved.promoted.map((p) => p.id)).toEqual([waiting[0].id]);
    expect(await sectionFigures(from.id)).toMatchObject({ enrolledCount: 1, offered: 1, enrolled: 0, cancelled: 1 });
    expect(await sectionFigures(to.id)).toMatchObject({ enrolledCount: 1, enrolled: 1 });
    expect(await db.auditLog.count({ where: { entityId: placed[0].id, action: "enrollment.move" } })).toBe(1);
  });

  it("puts the learner at the end of a full section's waitlist; refuses the same section, a duplicate, and anyone but staff", async () => {
    const { placed } = await fullSection(1, 0);
    const { section: full, waiting } = await fullSection(1, 1);
    await expect(rejection(moveEnrollment(db, parent, placed[0].id, full.id))).resolves.toMatchObject({ code: "forbidden" });
    await expect(rejection(moveEnrollment(db, staff, placed[0].id, placed[0].sectionId))).resolves.toMatchObject({ code: "invalid", messageKey: "errors.courses.sameSection" });
    const moved = await moveEnrollment(db, staff, placed[0].id, full.id);
    expect(moved).toMatchObject({ outcome: "waitlisted", position: 2 });
    expect(await waitlistPositions(db, full.id)).toEqual(new Map([[waiting[0].id, 1], [moved.enrollment.id, 2]]));
    await expect(rejection(moveEnrollment(db, staff, moved.enrollment.id, full.id))).resolves.toMatchObject({ code: "invalid", messageKey: "errors.courses.sameSection" });
    await expect(rejection(moveEnrollment(db, staff, placed[0].id, full.id))).resolves.toMatchObject({ code: "conflict", messageKey: "errors.courses.notActive" });
  });
});
