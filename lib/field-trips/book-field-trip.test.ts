import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import type { DomainError } from "@/lib/errors";
import { db, createActor, daysFromNow, reloadActor } from "@/tests/support/factories";
import { bookFieldTrip } from "./book-field-trip";
import type { Actor } from "@/lib/auth/actor";
import { createExhibition, createSlot, groupFor, schoolOf } from "./testing/factories";

const rejection = (promise: Promise<unknown>) => promise.then(() => { throw new Error("expected a refusal"); }, (e: DomainError) => e);

let coordinator: Actor;
beforeAll(async () => {
  coordinator = await createActor(["SCHOOL_COORDINATOR"]);
});

describe("bookFieldTrip", () => {
  it("books a pending visit, takes the places, and writes the audit row and notification with it", async () => {
    const exhibition = await createExhibition();
    const slot = await createSlot(exhibition.id, { capacity: 60 });
    const booking = await bookFieldTrip(db, coordinator, groupFor(slot.id, 20, 2));

    expect(booking).toMatchObject({ status: "PENDING", students: 20, chaperones: 2, lunchRoom: true, coordinatorId: coordinator.id });
    expect(booking.reference).toMatch(/^FT-[2-9A-HJ-NP-Z]{6}$/);
    expect((await db.visitSlot.findUniqueOrThrow({ where: { id: slot.id } })).bookedCount).toBe(22);
    expect(await db.auditLog.count({ where: { entityId: booking.id, action: "fieldTrip.book" } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { userId: coordinator.id, template: "fieldTrip.requested" } })).toBeGreaterThan(0);
  });

  it.each([
    ["PRE_K_K", 8, 1, 2],
    ["GRADES_1_2", 13, 2, 3],
    ["GRADES_3_5", 21, 2, 3],
    ["GRADES_9_12", 30, 2, 3],
  ])("enforces the %s chaperone ratio (%i students: %i refused, %i needed)", async (gradeBand, students, tooFew, needed) => {
    const slot = await createSlot((await createExhibition()).id, { capacity: 100 });
    const refused = await rejection(bookFieldTrip(db, coordinator, { ...groupFor(slot.id, students, tooFew), gradeBand }));
    expect(refused).toMatchObject({ code: "invalid", messageKey: "fieldTrips.errors.chaperoneRatio", params: { required: needed } });
    await expect(bookFieldTrip(db, coordinator, { ...groupFor(slot.id, students, needed), gradeBand })).resolves.toMatchObject({ status: "PENDING" });
  });

  it("enforces the exhibition's minimum and maximum group size", async () => {
    const exhibition = await createExhibition({ minGroupSize: 10, maxGroupSize: 30 });
    const slot = await createSlot(exhibition.id);
    await expect(rejection(bookFieldTrip(db, coordinator, groupFor(slot.id, 5, 1)))).resolves.toMatchObject({ messageKey: "fieldTrips.errors.groupSize" });
    await expect(rejection(bookFieldTrip(db, coordinator, groupFor(slot.id, 30, 3)))).resolves.toMatchObject({ messageKey: "fieldTrips.errors.groupSize" });
  });

  it("opens 180 days ahead and closes 3 days before the visit", async () => {
    const exhibition = await createExhibition();
    const tooEarly = await createSlot(exhibition.id, { daysAhead: 200 });
    const tooLate = await createSlot(exhibition.id, { daysAhead: 2 });
    await expect(rejection(bookFieldTrip(db, coordinator, groupFor(tooEarly.id)))).resolves.toMatchObject({ messageKey: "fieldTrips.errors.bookingNotOpenYet" });
    await expect(rejection(bookFieldTrip(db, coordinator, groupFor(tooLate.id)))).resolves.toMatchObject({ messageKey: "fieldTrips.errors.bookingClosed" });
    // The same slot becomes bookable once "now" is inside the window.
    await expect(bookFieldTrip(db, coordinator, groupFor(tooEarly.id), daysFromNow(30))).resolves.toMatchObject({ status: "PENDING" });
  });

  it("refuses a tour language the exhibition does not offer, a closed slot, and an unknown slot", async () => {
    const exhibition = await createExhibition({ tourLanguages: ["en", "ru"] });
    const slot = await createSlot(exhibition.id);
    const closed = await createSlot(exhibition.id, { status: "CLOSED" as never });
    await expect(rejection(bookFieldTrip(db, coordinator, { ...groupFor(slot.id), tourLanguage: "zh" }))).resolves.toMatchObject({ messageKey: "fieldTrips.errors.tourLanguage" });
    await expect(rejection(bookFieldTrip(db, coordinator, groupFor(closed.id)))).resolves.toMatchObject({ code: "conflict", messageKey: "fieldTrips.errors.slotClosed" });
    await expect(rejection(bookFieldTrip(db, coordinator, groupFor("no-such-slot")))).resolves.toMatchObject({ code: "not_found" });
  });

  it("refuses a group larger than the places left, saying how many remain", async () => {
    const slot = await createSlot((await createExhibition()).id, { capacity: 30 });
    await bookFieldTrip(db, coordinator, groupFor(slot.id, 20, 2));
    const refused = await rejection(bookFieldTrip(db, coordinator, groupFor(slot.id, 10, 1)));
    expect(refused).toMatchObject({ code: "conflict", messageKey: "fieldTrips.errors.notEnoughPlaces", params: { remaining: 8, requested: 11 } });
    expect(await db.fieldTripBooking.count({ where: { slotId: slot.id } })).toBe(1);
  });

  it("validates input: every bad field is named, nothing is written", async () => {
    const slot = await createSlot((await createExhibition()).id);
    const refused = await rejection(bookFieldTrip(db, coordinator, { slotId: slot.id, schoolId: 42, gradeBand: "GRADE_99", students: -3, chaperones: "x", tourLanguage: "de" }));
    expect(refused).toMatchObject({ code: "invalid" });
    expect(refused.issues.map((i) => i.path).sort()).toEqual(["chaperones", "gradeBand", "schoolId", "students", "tourLanguage"]);
    expect(await db.fieldTripBooking.count({ where: { slotId: slot.id } })).toBe(0);
  });

  it("lets only verified school coordinators book", async () => {
    const slot = await createSlot((await createExhibition()).id);
    const unverified = await createActor(["SCHOOL_COORDINATOR"], { verified: false });
    const member = await createActor(["MEMBER"]);
    await expect(rejection(bookFieldTrip(db, unverified, groupFor(slot.id)))).resolves.toMatchObject({ code: "forbidden", messageKey: "errors.verificationPending" });
    await expect(rejection(bookFieldTrip(db, member, groupFor(slot.id)))).resolves.toMatchObject({ code: "forbidden", messageKey: "errors.forbidden" });
    await expect(rejection(bookFieldTrip(db, null, groupFor(slot.id)))).resolves.toMatchObject({ code: "unauthenticated" });
  });
});

describe("the school a booking belongs to", () => {
  it("books for the coordinator's only school, keeping the school's name as it was that day", async () => {
    const slot = await createSlot((await createExhibition()).id);
    const school = await db.organization.findUniqueOrThrow({ where: { id: schoolOf(coordinator) } });
    const booking = await bookFieldTrip(db, coordinator, groupFor(slot.id));
    expect(booking).toMatchObject({ schoolId: school.id, schoolName: school.name, coordinatorId: coordinator.id });

    // Renaming the school later does not rewrite the printed confirmation.
    await db.organization.update({ where: { id: school.id }, data: { name: `${school.name} (renamed)` } });
    expect(await db.fieldTripBooking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ schoolName: school.name });
    await db.organization.update({ where: { id: school.id }, data: { name: school.name } });
  });

  it("makes a coordinator of several schools name one, and only one of their verified schools", async () => {
    const slot = await createSlot((await createExhibition()).id, { capacity: 200 });
    const colleague = await createActor(["SCHOOL_COORDINATOR"]);
    // Also a verified member of the first coordinator's school, and awaiting approval at a third.
    const stranger = await createActor(["SCHOOL_COORDINATOR"]);
    await db.membership.create({ data: { organizationId: schoolOf(coordinator), userId: colleague.id, verifiedAt: new Date() } });
    await db.membership.create({ data: { organizationId: schoolOf(stranger), userId: colleague.id } });
    const twoSchools = await reloadActor(colleague.id);
    expect(twoSchools.memberships.filter((m) => m.verified)).toHaveLength(2);

    const unnamed = await rejection(bookFieldTrip(db, twoSchools, groupFor(slot.id)));
    expect(unnamed).toMatchObject({ code: "invalid", issues: [{ path: "schoolId", messageKey: "validation.required" }] });
    for (const schoolId of [schoolOf(stranger), "no-such-school"]) {
      const refused = await rejection(bookFieldTrip(db, twoSchools, { ...groupFor(slot.id), schoolId }));
      expect(refused).toMatchObject({ code: "invalid", issues: [{ path: "schoolId", messageKey: "validation.choice" }] });
    }
    expect(await db.fieldTripBooking.count({ where: { slotId: slot.id } })).toBe(0);

    await expect(bookFieldTrip(db, twoSchools, { ...groupFor(slot.id), schoolId: schoolOf(coordinator) })).resolves.toMatchObject({ schoolId: schoolOf(coordinator), coordinatorId: colleague.id });
    await expect(bookFieldTrip(db, twoSchools, { ...groupFor(slot.id), schoolId: schoolOf(colleague) })).resolves.toMatchObject({ schoolId: schoolOf(colleague) });
  });

  it("tells the coordinator in their language, with the exhibition's title in it", async () => {
    const exhibition = await createExhibition({ title: "Electric light", translations: { ru: { title: "Электрический свет" } } });
    const slot = await createSlot(exhibition.id);
    const russian = await createActor(["SCHOOL_COORDINATOR"], { locale: "ru" });
    const booking = await bookFieldTrip(db, russian, groupFor(slot.id));
    const notice = await db.outboxMessage.findFirstOrThrow({ where: { userId: russian.id, template: "fieldTrip.requested" } });
    expect(notice).toMatchObject({ locale: "ru", payload: { reference: booking.reference, exhibition: "Электрический свет" } });
  });

  it("writes where the request came from into the audit row", async () => {
    const slot = await createSlot((await createExhibition()).id);
    const booking = await bookFieldTrip(db, { ...coordinator, client: { ip: "203.0.113.7", userAgent: "Test agent/1.0" } }, groupFor(slot.id));
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: booking.id, action: "fieldTrip.book" } });
    expect(audit).toMatchObject({ actorId: coordinator.id, ip: "203.0.113.7", userAgent: "Test agent/1.0" });
  });
});

describe("bookFieldTrip under concurrency", () => {
  // Three Prisma clients stand for three app instances sharing one PostgreSQL.
  const instances = Array.from({ length: 3 }, () => createPrismaClient(process.env.DATABASE_URL ?? "", { max: 10 }));
  afterAll(() => Promise.all(instances.map((c) => c.$disconnect())));

  it("never overbooks: 60 parallel requests race for the last places of one slot", async () => {
    const slot = await createSlot((await createExhibition()).id, { capacity: 100 });
    // 45 places are already taken; 60 groups of 5 (4 students + 1 chaperone, grades 3–5) race for the last 55.
    await bookFieldTrip(db, coordinator, { ...groupFor(slot.id, 40, 5), gradeBand: "GRADES_3_5" });
    const coordinators = await Promise.all(Array.from({ length: 6 }, () => createActor(["SCHOOL_COORDINATOR"])));

    const started = performance.now();
    const results = await Promise.allSettled(
      Array.from({ length: 60 }, (_, i) =>
        bookFieldTrip(instances[i % 3], coordinators[i % 6], { ...groupFor(slot.id, 4, 1), gradeBand: "GRADES_3_5" }),
      ),
    );
    const elapsed = Math.round(performance.now() - started);
    const accepted = results.filter((r) => r.status === "fulfilled").length;
    const refused = results.filter((r) => r.status === "rejected");

    const after = await db.visitSlot.findUniqueOrThrow({ where: { id: slot.id } });
    const held = await db.fieldTripBooking.aggregate({ where: { slotId: slot.id, status: "PENDING" }, _sum: { students: true, chaperones: true } });
    console.log(`[concurrency] 60 requests in ${elapsed} ms: ${accepted} accepted, ${refused.length} refused; headcount ${after.bookedCount}/${after.capacity}`);

    expect(accepted).toBe(11);
    expect(refused).toHaveLength(49);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "conflict", messageKey: "fieldTrips.errors.notEnoughPlaces" });
    expect(after.bookedCount).toBe(100);
    expect((held._sum.students ?? 0) + (held._sum.chaperones ?? 0)).toBe(after.bookedCount);
  });
});
