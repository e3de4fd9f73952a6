import { beforeAll, describe, expect, it } from "vitest";
import type { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { db, createActor } from "@/tests/support/factories";
import { addDays, centerDateOf, centerDateTimeToUtc, isoWeekdayOf } from "@/lib/time/center-time";
import { closeVisitSlot, createVisitSlot, editVisitSlot, generateSlotSeries, listUpcomingSlots } from "./manage-slots";
import { bookFieldTrip } from "./book-field-trip";
import { getDaySheet } from "./day-sheet";
import { UpcomingSlotsQuerySchema } from "./schemas";
import { createExhibition, createSlot, groupFor } from "./testing/factories";

const rejection = (promise: Promise<unknown>) => promise.then(() => { throw new Error("expected a refusal"); }, (e: DomainError) => e);

let staff: Actor;
let coordinator: Actor;
beforeAll(async () => {
  [staff, coordinator] = await Promise.all([createActor(["STAFF"]), createActor(["SCHOOL_COORDINATOR"])]);
});

const inDays = (n: number) => addDays(centerDateOf(new Date()), n);

describe("visit slots", () => {
  it("creates a slot at a Center time, refuses a duplicate and non-staff", async () => {
    const exhibition = await createExhibition();
    const date = inDays(20);
    const slot = await createVisitSlot(db, staff, { exhibitionId: exhibition.id, date, time: "09:30", capacity: "50" });
    expect(slot.startsAt.toISOString()).toBe(centerDateTimeToUtc(date, "09:30").toISOString());
    expect(slot.startsAt.toISOString().slice(11, 16)).toBe("04:30");
    expect(slot.endsAt.getTime() - slot.startsAt.getTime()).toBe(90 * 60_000);
    await expect(rejection(createVisitSlot(db, staff, { exhibitionId: exhibition.id, date, time: "09:30", capacity: 50 }))).resolves.toMatchObject({ code: "conflict", messageKey: "fieldTrips.errors.slotExists" });
    await expect(rejection(createVisitSlot(db, coordinator, { exhibitionId: exhibition.id, date, time: "11:00", capacity: 50 }))).resolves.toMatchObject({ code: "forbidden" });
    await expect(rejection(createVisitSlot(db, staff, { exhibitionId: exhibition.id, date: "tomorrow", time: "25:00", capacity: 0 }))).resolves.toMatchObject({ code: "invalid" });
    expect(await db.auditLog.count({ where: { entityId: slot.id, action: "visitSlot.create", actorId: staff.id } })).toBe(1);
  });

  it("generates weekdays × times over a range, keeping slots that already exist", async () => {
    const exhibition = await createExhibition();
    const fromDate = inDays(14);
    const toDate = addDays(fromDate, 13); // two full weeks
    const series = { exhibitionId: exhibition.id, fromDate, toDate, weekdays: [1, 3], times: ["09:30", "12:00"], capacity: 40 };
    await expect(generateSlotSeries(db, staff, series)).resolves.toEqual({ created: 8, skipped: 0 });
    await expect(generateSlotSeries(db, staff, { ...series, weekdays: [1, 3, 5] })).resolves.toEqual({ created: 4, skipped: 8 });
    const slots = await db.visitSlot.findMany({ where: { exhibitionId: exhibition.id } });
    expect(slots).toHaveLength(12);
    for (const s of slots) expect([1, 3, 5]).toContain(isoWeekdayOf(centerDateOf(s.startsAt)));
    await expect(rejection(generateSlotSeries(db, staff, { ...series, fromDate: toDate, toDate: fromDate }))).resolves.toMatchObject({ code: "invalid" });
    await expect(rejection(generateSlotSeries(db, staff, { ...series, toDate: addDays(fromDate, 2000), weekdays: [1, 2, 3, 4, 5, 6, 7] }))).resolves.toMatchObject({ messageKey: "fieldTrips.errors.seriesTooLong" });
  });

  it("closes a slot to new bookings", async () => {
    const exhibition = await createExhibition();
    const slot = await createVisitSlot(db, staff, { exhibitionId: exhibition.id, date: inDays(25), time: "12:00", capacity: 40 });
    await closeVisitSlot(db, staff, { slotId: slot.id });
    await expect(rejection(bookFieldTrip(db, coordinator, groupFor(slot.id)))).resolves.toMatchObject({ messageKey: "fieldTrips.errors.slotClosed" });
  });
});

describe("upcoming slots", () => {
  it("lists them for staff a page at a time, filtered by exhibition and status, sorted by a column", async () => {
    const exhibition = await createExhibition();
    const made = [];
    for (let day = 40; day < 52; day++) made.push(await createSlot(exhibition.id, { daysAhead: day, capacity: 10 + day }));
    await closeVisitSlot(db, staff, { slotId: made[3].id });
    const query = (raw: Record<string, string>) => UpcomingSlotsQuerySchema.parse({ exhibitionId: exhibition.id, ...raw });

    const first = await listUpcomingSlots(db, staff, query({ size: "10" }));
    expect(first).toMatchObject({ total: 12, page: 1, pageCount: 2 });
    expect(first.rows.map((s) => s.id)).toEqual(made.slice(0, 10).map((s) => s.id));
    expect(first.rows[0].exhibition.title).toBe(exhibition.title);
    expect((await listUpcomingSlots(db, staff, query({ size: "10", page: "2" }))).rows.map((s) => s.id)).toEqual(made.slice(10).map((s) => s.id));
    expect((await listUpcomingSlots(db, staff, query({ status: "CLOSED" }))).rows.map((s) => s.id)).toEqual([made[3].id]);
    // Past slots are not upcoming.
    expect(await listUpcomingSlots(db, staff, query({}), new Date(made[11].startsAt.getTime() + 1))).toMatchObject({ total: 0 });
    await expect(rejection(listUpcomingSlots(db, coordinator))).resolves.toMatchObject({ code: "forbidden" });
  });
});

describe("day sheet", () => {
  it("lists the day's arrivals in time order with totals", async () => {
    const exhibition = await createExhibition();
    const date = inDays(33);
    const late = await createVisitSlot(db, staff, { exhibitionId: exhibition.id, date, time: "12:00", capacity: 60 });
    const early = await createVisitSlot(db, staff, { exhibitionId: exhibition.id, date, time: "09:30", capacity: 60 });
    const a = await bookFieldTrip(db, coordinator, groupFor(late.id, 20, 2));
    const b = await bookFieldTrip(db, coordinator, { ...groupFor(early.id, 12, 2), lunchRoom: "" });
    const sheet = await getDaySheet(db, staff, { date });
    const ours = sheet.bookings.filter((x) => x.slot.exhibitionId === exhibition.id);
    expect(ours.map((x) => x.id)).toEqual([b.id, a.id]);
    expect(sheet.totals.students).toBeGreaterThanOrEqual(32);
    await expect(rejection(getDaySheet(db, coordinator, { date }))).resolves.toMatchObject({ code: "forbidden" });
  });
});

describe("editing a slot", () => {
  it("changes time and capacity, audited; refuses non-staff, bad input and capacity below what is booked", async () => {
    const exhibition = await createExhibition();
    const slot = await createVisitSlot(db, staff, { exhibitionId: exhibition.id, date: inDays(40), time: "09:30", capacity: 60 });
    await bookFieldTrip(db, coordinator, groupFor(slot.id, 20, 2));
    const edited = await editVisitSlot(db, staff, { slotId: slot.id, date: inDays(40), time: "09:30", capacity: "22" });
    expect(edited).toMatchObject({ capacity: 22, bookedCount: 22 });
    expect(await db.auditLog.findFirstOrThrow({ where: { entityId: slot.id, action: "visitSlot.edit" } })).toMatchObject({ before: { capacity: 60 }, after: { capacity: 22 } });
    // Same time: nobody is told anything.
    expect(await db.outboxMessage.count({ where: { template: "fieldTrip.slotMoved", userId: coordinator.id } })).toBe(0);
    await expect(rejection(editVisitSlot(db, staff, { slotId: slot.id, date: inDays(40), time: "09:30", capacity: 21 }))).resolves.toMatchObject({
      code: "conflict",
      messageKey: "fieldTrips.errors.capacityBelowBooked",
      params: { booked: 22 },
    });
    await expect(rejection(editVisitSlot(db, coordinator, { slotId: slot.id, date: inDays(40), time: "09:30", capacity: 60 }))).resolves.toMatchObject({ code: "forbidden" });
    await expect(rejection(editVisitSlot(db, null, { slotId: slot.id, date: inDays(40), time: "09:30", capacity: 60 }))).resolves.toMatchObject({ code: "unauthenticated" });
    await expect(rejection(editVisitSlot(db, staff, { slotId: slot.id, date: "2026-13-40\u0000", time: "9", capacity: 0 }))).resolves.toMatchObject({ code: "invalid" });
    await expect(rejection(editVisitSlot(db, staff, { slotId: "nope", date: inDays(40), time: "09:30", capacity: 60 }))).resolves.toMatchObject({ code: "not_found" });
    const other = await createVisitSlot(db, staff, { exhibitionId: exhibition.id, date: inDays(40), time: "12:00", capacity: 60 });
    await expect(rejection(editVisitSlot(db, staff, { slotId: other.id, date: inDays(40), time: "09:30", capacity: 60 }))).resolves.toMatchObject({ code: "conflict", messageKey: "fieldTrips.errors.slotExists" });
  });

  it("moving the time notifies each active booking's coordinator in their language, in the same transaction", async () => {
    const exhibition = await createExhibition({ translations: { ur: { title: "اردو عنوان" } } });
    const slot = await createVisitSlot(db, staff, { exhibitionId: exhibition.id, date: inDays(45), time: "09:30", capacity: 100 });
    const urdu = await createActor(["SCHOOL_COORDINATOR"], { locale: "ur" });
    const english = await createActor(["SCHOOL_COORDINATOR"]);
    const cancelledBy = await createActor(["SCHOOL_COORDINATOR"]);
    const a = await bookFieldTrip(db, urdu, groupFor(slot.id, 10, 1));
    const b = await bookFieldTrip(db, english, groupFor(slot.id, 10, 1));
    const c = await bookFieldTrip(db, cancelledBy, groupFor(slot.id, 10, 1));
    await db.fieldTripBooking.update({ where: { id: c.id }, data: { status: "CANCELLED" } });

    await editVisitSlot(db, staff, { slotId: slot.id, date: inDays(46), time: "11:00", capacity: 100 });
    const moved = await db.visitSlot.findUniqueOrThrow({ where: { id: slot.id } });
    expect(moved.startsAt.toISOString()).toBe(centerDateTimeToUtc(inDays(46), "11:00").toISOString());
    expect(moved.endsAt.getTime() - moved.startsAt.getTime()).toBe(90 * 60_000);
    const notices = await db.outboxMessage.findMany({ where: { template: "fieldTrip.slotMoved", userId: { in: [urdu.id, english.id, cancelledBy.id] } } });
    expect(notices.map((n) => [n.userId, n.locale]).sort()).toEqual([[english.id, "en"], [urdu.id, "ur"]].sort());
    const toUrdu = notices.find((n) => n.userId === urdu.id);
    expect(toUrdu?.payload).toMatchObject({ reference: a.reference, exhibition: "اردو عنوان", from: `${inDays(45)} 09:30`, to: `${inDays(46)} 11:00` });
    expect(notices.find((n) => n.userId === english.id)?.payload).toMatchObject({ reference: b.reference, exhibition: exhibition.title });
  });

  it("never lets capacity fall below what is booked under a concurrent booking race", async () => {
    const exhibition = await createExhibition();
    for (let round = 0; round < 5; round++) {
      const slot = await createVisitSlot(db, staff, { exhibitionId: exhibition.id, date: inDays(50 + round), time: "09:30", capacity: 60 });
      await bookFieldTrip(db, coordinator, groupFor(slot.id, 20, 2)); // 22 booked
      const coordinators = await Promise.all([1, 2, 3].map(() => createActor(["SCHOOL_COORDINATOR"])));
      // Lower capacity to 33 while three more groups of 11 try to book: at most one of them fits after the edit.
      const results = await Promise.allSettled([
        editVisitSlot(db, staff, { slotId: slot.id, date: inDays(50 + round), time: "09:30", capacity: 33 }),
        ...coordinators.map((c) => bookFieldTrip(db, c, groupFor(slot.id, 10, 1))),
      ]);
      const final = await db.visitSlot.findUniqueOrThrow({ where: { id: slot.id } });
      expect(final.bookedCount).toBeLessThanOrEqual(final.capacity);
      const active = await db.fieldTripBooking.findMany({ where: { slotId: slot.id, status: { in: ["PENDING", "CONFIRMED"] } } });
      expect(active.reduce((sum, x) => sum + x.students + x.chaperones, 0)).toBe(final.bookedCount);
      if (results[0].status === "fulfilled") expect(final.capacity).toBe(33);
      else expect((results[0].reason as DomainError).messageKey).toMatch(/^fieldTrips\.errors\.capacityBelowBooked/);
    }
  });
});
