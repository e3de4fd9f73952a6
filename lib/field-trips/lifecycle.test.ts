import { beforeAll, describe, expect, it } from "vitest";
import type { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { db, createActor, createExhibition, createSlot, daysFromNow, groupFor } from "@/tests/support/factories";
import { bookFieldTrip } from "./book-field-trip";
import { changeHeadcount } from "./change-headcount";
import { cancelFieldTrip, completeFieldTrip, confirmFieldTrip, declineFieldTrip, markFieldTripNoShow } from "./transition-field-trip";
import { getFieldTrip, listFieldTripBookings, listMyFieldTrips } from "./find-field-trips";
import { fieldTripCalendar } from "./field-trip-calendar";

const rejection = (promise: Promise<unknown>) => promise.then(() => { throw new Error("expected a refusal"); }, (e: DomainError) => e);
const placesTaken = async (slotId: string) => (await db.visitSlot.findUniqueOrThrow({ where: { id: slotId } })).bookedCount;

let coordinator: Actor;
let otherCoordinator: Actor;
let staff: Actor;
beforeAll(async () => {
  [coordinator, otherCoordinator, staff] = await Promise.all([
    createActor(["SCHOOL_COORDINATOR"]),
    createActor(["SCHOOL_COORDINATOR"]),
    createActor(["STAFF"]),
  ]);
});

async function newBooking({ daysAhead = 30, capacity = 60, students = 20, chaperones = 2 } = {}) {
  const slot = await createSlot((await createExhibition()).id, { daysAhead, capacity });
  const booking = await bookFieldTrip(db, coordinator, groupFor(slot.id, students, chaperones));
  return { slot, booking };
}

describe("staff review", () => {
  it("confirms a pending booking, with an audit row and a notice to the coordinator", async () => {
    const { booking } = await newBooking();
    const confirmed = await confirmFieldTrip(db, staff, { bookingId: booking.id });
    expect(confirmed.status).toBe("CONFIRMED");
    expect(confirmed.slot.exhibition.slug).toMatch(/^test-exhibition-/);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: booking.id, action: "fieldTrip.confirm" } });
    expect(audit).toMatchObject({ actorId: staff.id, before: { status: "PENDING" }, after: { status: "CONFIRMED" } });
    expect(await db.outboxMessage.count({ where: { userId: coordinator.id, template: "fieldTrip.confirm" } })).toBeGreaterThan(0);
  });

  it("declines with a reason and gives the places back", async () => {
    const { slot, booking } = await newBooking();
    await expect(rejection(declineFieldTrip(db, staff, { bookingId: booking.id, reason: "" }))).resolves.toMatchObject({ code: "invalid" });
    const declined = await declineFieldTrip(db, staff, { bookingId: booking.id, reason: "The hall is closed for maintenance that day." });
    expect(declined).toMatchObject({ status: "DECLINED", declineReason: "The hall is closed for maintenance that day." });
    expect(await placesTaken(slot.id)).toBe(0);
  });

  it("refuses transitions from the wrong state and by the wrong people", async () => {
    const { booking } = await newBooking();
    await expect(rejection(confirmFieldTrip(db, coordinator, { bookingId: booking.id }))).resolves.toMatchObject({ code: "forbidden" });
    await expect(rejection(completeFieldTrip(db, staff, { bookingId: booking.id }))).resolves.toMatchObject({ code: "conflict", messageKey: "fieldTrips.errors.invalidTransition" });
    await cancelFieldTrip(db, coordinator, { bookingId: booking.id });
    await expect(rejection(confirmFieldTrip(db, staff, { bookingId: booking.id }))).resolves.toMatchObject({ code: "conflict" });
  });

  it("marks completed or no-show only after the visit has started", async () => {
    const { booking: a } = await newBooking();
    const { booking: b } = await newBooking();
    await confirmFieldTrip(db, staff, { bookingId: a.id });
    await confirmFieldTrip(db, staff, { bookingId: b.id });
    await expect(rejection(completeFieldTrip(db, staff, { bookingId: a.id }))).resolves.toMatchObject({ messageKey: "fieldTrips.errors.visitNotStarted" });
    const later = daysFromNow(31);
    await expect(completeFieldTrip(db, staff, { bookingId: a.id }, later)).resolves.toMatchObject({ status: "COMPLETED" });
    await expect(markFieldTripNoShow(db, staff, { bookingId: b.id }, later)).resolves.toMatchObject({ status: "NO_SHOW" });
  });
});

describe("coordinator changes", () => {
  it("changes headcount within capacity, re-checking the ratio and the places", async () => {
    const { slot, booking } = await newBooking({ capacity: 40 });
    await expect(changeHeadcount(db, coordinator, { bookingId: booking.id, students: 30, chaperones: 3 })).resolves.toMatchObject({ students: 30, chaperones: 3 });
    expect(await placesTaken(slot.id)).toBe(33);
    await expect(rejection(changeHeadcount(db, coordinator, { bookingId: booking.id, students: 38, chaperones: 4 }))).resolves.toMatchObject({ code: "conflict", messageKey: "fieldTrips.errors.notEnoughPlaces" });
    await expect(rejection(changeHeadcount(db, coordinator, { bookingId: booking.id, students: 30, chaperones: 1 }))).resolves.toMatchObject({ messageKey: "fieldTrips.errors.chaperoneRatio" });
    await changeHeadcount(db, coordinator, { bookingId: booking.id, students: 10, chaperones: 1 });
    expect(await placesTaken(slot.id)).toBe(11);
  });

  it("cancels and frees the places; no changes inside 7 days of the visit", async () => {
    const { slot, booking } = await newBooking();
    await expect(cancelFieldTrip(db, coordinator, { bookingId: booking.id })).resolves.toMatchObject({ status: "CANCELLED" });
    expect(await placesTaken(slot.id)).toBe(0);

    const soon = await newBooking({ daysAhead: 10 });
    const sixDaysBefore = daysFromNow(4);
    await expect(rejection(cancelFieldTrip(db, coordinator, { bookingId: soon.booking.id }, sixDaysBefore))).resolves.toMatchObject({ messageKey: "fieldTrips.errors.changesClosed" });
    await expect(rejection(changeHeadcount(db, coordinator, { bookingId: soon.booking.id, students: 10, chaperones: 1 }, sixDaysBefore))).resolves.toMatchObject({ messageKey: "fieldTrips.errors.changesClosed" });
    // Staff can still cancel on the school's behalf.
    await expect(cancelFieldTrip(db, staff, { bookingId: soon.booking.id }, sixDaysBefore)).resolves.toMatchObject({ status: "CANCELLED" });
  });
});

describe("privacy", () => {
  it("hides a booking from everyone but its coordinator and staff (not found, not forbidden)", async () => {
    const { booking } = await newBooking();
    const member = await createActor(["MEMBER"]);
    for (const stranger of [otherCoordinator, member, null]) {
      await expect(rejection(getFieldTrip(db, stranger, booking.id))).resolves.toMatchObject({ code: "not_found" });
    }
    await expect(rejection(cancelFieldTrip(db, otherCoordinator, { bookingId: booking.id }))).resolves.toMatchObject({ code: "not_found" });
    await expect(rejection(changeHeadcount(db, otherCoordinator, { bookingId: booking.id, students: 10, chaperones: 1 }))).resolves.toMatchObject({ code: "not_found" });
    await expect(getFieldTrip(db, coordinator, booking.id)).resolves.toMatchObject({ id: booking.id });
    await expect(getFieldTrip(db, staff, booking.id)).resolves.toMatchObject({ id: booking.id });
    expect((await listMyFieldTrips(db, otherCoordinator)).map((b) => b.id)).not.toContain(booking.id);
    await expect(rejection(listFieldTripBookings(db, coordinator, {}))).resolves.toMatchObject({ code: "forbidden" });
  });

  it("filters the staff queue by status, date and exhibition", async () => {
    const { slot, booking } = await newBooking({ daysAhead: 40 });
    const date = new Date(slot.startsAt.getTime() + 5 * 3600_000).toISOString().slice(0, 10);
    const rows = await listFieldTripBookings(db, staff, { status: "PENDING", from: date, to: date, exhibitionId: slot.exhibitionId });
    expect(rows.map((r) => r.id)).toEqual([booking.id]);
    expect(await listFieldTripBookings(db, staff, { status: "CONFIRMED", exhibitionId: slot.exhibitionId })).toEqual([]);
    // Coordinators filter their own list the same way.
    expect((await listMyFieldTrips(db, coordinator, { status: "PENDING", exhibitionId: slot.exhibitionId })).map((r) => r.id)).toEqual([booking.id]);
    expect(await listMyFieldTrips(db, coordinator, { status: "CANCELLED", exhibitionId: slot.exhibitionId })).toEqual([]);
  });
});

describe("calendar file", () => {
  it("gives the visit in the Center's time zone", async () => {
    const { slot, booking } = await newBooking();
    const { ics, filename } = await fieldTripCalendar(db, coordinator, booking.id, (b) => ({ title: "Field trip", description: b.reference }));
    const local = new Date(slot.startsAt.getTime() + 5 * 3600_000).toISOString().replace(/[-:]/g, "").slice(0, 15);
    expect(filename).toBe(`${booking.reference}.ics`);
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain(`DTSTART;TZID=Asia/Karachi:${local}`);
    expect(ics).toContain("STATUS:TENTATIVE");
  });
});
