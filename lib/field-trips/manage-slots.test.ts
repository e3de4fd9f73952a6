import { beforeAll, describe, expect, it } from "vitest";
import type { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { db, createActor } from "@/tests/support/factories";
import { addDays, centerDateOf, centerDateTimeToUtc, isoWeekdayOf } from "@/lib/time/center-time";
import { closeVisitSlot, createVisitSlot, generateSlotSeries, listUpcomingSlots } from "./manage-slots";
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
