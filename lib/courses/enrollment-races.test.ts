import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db/create-client";
import { createActor, db } from "@/tests/support/factories";
import { createLearner, createSection } from "./testing/factories";
import { sectionFigures } from "./testing/engine";
import { enrollLearner } from "./enroll-learner";
import { dropEnrollment } from "./drop-enrollment";
import { changeSectionCapacity } from "./change-section-capacity";
import { sweepExpiredOffers } from "./sweep-expired-offers";
import { waitlistPositions } from "./waitlist-positions";

const HOUR = 3_600_000;
// Two Prisma clients stand for two app instances sharing one PostgreSQL.
const instances = [createPrismaClient(process.env.DATABASE_URL ?? "", { max: 10 }), createPrismaClient(process.env.DATABASE_URL ?? "", { max: 10 })];
afterAll(() => Promise.all(instances.map((c) => c.$disconnect())));

let staff: Actor;
let parents: Actor[];
beforeAll(async () => {
  staff = await createActor(["STAFF"]);
  parents = await Promise.all(Array.from({ length: 5 }, () => createActor(["MEMBER"])));
});

const learnersOf = (count: number) => Promise.all(Array.from({ length: count }, (_, i) => createLearner({ guardianIds: [parents[i % parents.length].id] })));
const parentOf = (i: number) => parents[i % parents.length];

describe("enrollment under concurrency", () => {
  it("50 parallel enrollments from two instances for the last 3 places: exactly 3 enrolled, the rest waitlisted in queue order", async () => {
    const section = await createSection({ capacity: 10 });
    for (const [i, learner] of (await learnersOf(7)).entries()) await enrollLearner(db, parentOf(i), { sectionId: section.id, learnerId: learner.id });
    const racers = await learnersOf(50);

    const started = performance.now();
    const results = await Promise.allSettled(
      racers.map((learner, i) => enrollLearner(instances[i % 2], parentOf(i), { sectionId: section.id, learnerId: learner.id })),
    );
    const elapsed = Math.round(performance.now() - started);
    const failures = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason);
    expect(failures).toEqual([]);
    const outcomes = results.map((r) => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof enrollLearner>>>).value);
    const enrolled = outcomes.filter((o) => o.outcome === "enrolled");
    const waitlisted = outcomes.filter((o) => o.outcome === "waitlisted");
    const figures = await sectionFigures(section.id);
    console.log(
      `[courses race a] 50 enrollments from 2 instances in ${elapsed} ms: ${enrolled.length} enrolled, ${waitlisted.length} waitlisted; ` +
        `enrolledCount ${figures.enrolledCount}/${figures.capacity}, rows holding places ${figures.enrolled + figures.offered}, waitlist ${figures.waitlisted}`,
    );

    expect(enrolled).toHaveLength(3);
    expect(waitlisted).toHaveLength(47);
    expect(figures).toMatchObject({ capacity: 10, enrolledCount: 10, enrolled: 10, offered: 0, waitlisted: 47 });
    // Served in queue order: the three places went to the first three queue numbers of the race,
    // and each waiting learner's reported position is their rank in queue order.
    const maxPlaced = Math.max(...enrolled.map((o) => o.enrollment.queueNumber));
    expect(waitlisted.every((o) => o.enrollment.queueNumber > maxPlaced)).toBe(true);
    const byQueue = [...waitlisted].sort((a, b) => a.enrollment.queueNumber - b.enrollment.queueNumber);
    expect(byQueue.map((o) => o.position)).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
    const positions = await waitlistPositions(db, section.id);
    expect(byQueue.map((o) => positions.get(o.enrollment.id))).toEqual(byQueue.map((o) => o.position));
  });

  it("drops, new enrollments, a capacity raise and the expiry sweep at once: never over capacity, nobody skipped, every freed place offered", async () => {
    const start = new Date(Date.now() - 2 * HOUR);
    const now = new Date();
    const section = await createSection({ capacity: 5, offerHours: 1 });
    const first = await learnersOf(5 + 10);
    const placed = [];
    for (const [i, learner] of first.entries()) placed.push((await enrollLearner(db, parentOf(i), { sectionId: section.id, learnerId: learner.id }, start)).enrollment);
    // Two leave early: their places are offered to the first two in line, and those offers lapse before `now`.
    await dropEnrollment(db, parentOf(0), placed[0].id, {}, start);
    await dropEnrollment(db, parentOf(1), placed[1].id, {}, start);
    const lapsed = placed.slice(5, 7);
    expect((await sectionFigures(section.id))).toMatchObject({ enrolledCount: 5, enrolled: 3, offered: 2, waitlisted: 8 });

    const newcomers = await learnersOf(10);
    const started = performance.now();
    const jobs: Promise<unknown>[] = [
      // The three still enrolled drop.
      ...placed.slice(2, 5).map((e, i) => dropEnrollment(instances[i % 2], parentOf(i + 2), e.id, {}, now)),
      ...newcomers.map((learner, i) => enrollLearner(instances[i % 2], parentOf(i), { sectionId: section.id, learnerId: learner.id }, now)),
      changeSectionCapacity(instances[1], staff, section.id, 8, now),
      sweepExpiredOffers(instances[0], now),
      sweepExpiredOffers(instances[1], now),
    ];
    const results = await Promise.allSettled(jobs);
    const elapsed = Math.round(performance.now() - started);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason)).toEqual([]);
    // A section held by someone else is skipped by a sweep, never waited for: the next sweep finds nothing left.
    const after = await sweepExpiredOffers(db, now);

    const figures = await sectionFigures(section.id);
    const rows = await db.enrollment.findMany({ where: { sectionId: section.id }, orderBy: { queueNumber: "asc" } });
    const offeredIds = new Set((await db.auditLog.findMany({ where: { action: "enrollment.offer", entityId: { in: rows.map((r) => r.id) } } })).map((a) => a.entityId));
    const promoted = rows.filter((r) => offeredIds.has(r.id) && r.status === "OFFERED");
    const stillWaiting = rows.filter((r) => r.status === "WAITLISTED");
    console.log(
      `[courses race b] 3 drops + 10 enrollments + capacity 5→8 + 2 sweeps in ${elapsed} ms: ` +
        `enrolledCount ${figures.enrolledCount}/${figures.capacity} (enrolled ${figures.enrolled}, offered ${figures.offered}), waitlisted ${figures.waitlisted}, cancelled ${figures.cancelled}; follow-up sweep expired ${after.expired}`,
    );

    expect(figures.capacity).toBe(8);
    // The counter equals the rows holding places and never passes capacity; with people waiting, no place stays free.
    expect(figures.enrolledCount).toBe(figures.enrolled + figures.offered);
    expect(figures.enrolledCount).toBe(8);
    expect(after.expired).toBe(0);
    for (const offer of lapsed) expect(rows.find((r) => r.id === offer.id)?.status).toBe("CANCELLED");
    // Nobody skipped: every current offer was made to someone ahead of everyone still waiting.
    const lastOffered = Math.max(...promoted.map((r) => r.queueNumber));
    expect(stillWaiting.every((r) => r.queueNumber > lastOffered)).toBe(true);
    // No newcomer took a place directly while others waited.
    expect(rows.filter((r) => r.status === "ENROLLED" && newcomers.some((n) => n.id === r.learnerId))).toEqual([]);
    // 3 first offers lapsed or dropped: 8 places now held by offers to the first 8 in line.
    expect(figures).toMatchObject({ enrolled: 0, offered: 8, waitlisted: 10 });
    // Exactly the eight who were waiting before the race hold the offers; the ten newcomers wait behind them.
    expect(promoted.map((r) => r.id).sort()).toEqual(placed.slice(7).map((e) => e.id).sort());
  });
});
