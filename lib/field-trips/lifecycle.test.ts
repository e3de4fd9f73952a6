import { beforeAll, describe, expect, it } from "vitest";
import type { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { db, createActor, daysFromNow } from "@/tests/support/factories";
import { bookFieldTrip } from "./book-field-trip";
import { changeHeadcount } from "./change-headcount";
import { cancelFieldTrip, completeFieldTrip, confirmFieldTrip, declineFieldTrip, markFieldTripNoShow } from "./transition-field-trip";
import { exportFieldTrips, getFieldTrip, listFieldTripBookings, listMyFieldTrips } from "./find-field-trips";
import { fieldTripCalendar } from "./field-trip-calendar";
import { lockBooking } from "./slot-places";
import { FieldTripBookingsQuerySchema, MyFieldTripsQuerySchema } from "./schemas";
import { createExhibition, createSlot, groupFor, schoolOf } from "./testing/factories";

const rejection = (promise: Promise<unknown>) => promise.then(() => { throw new Error("expected a refusal"); }, (e: DomainError) => e);
const placesTaken = async (slotId: string) => (await db.visitSlot.findUniqueOrThrow({ where: { id: slotId } })).bookedCount;
const ids = (page: { rows: { id: string }[] }) => page.rows.map((row) => row.id);

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

async function newBooking({ daysAhead = 30, capacity = 60, students = 20, chaperones = 2, by = coordinator } = {}) {
  const slot = await createSlot((await createExhibition()).id, { daysAhead, capacity });
  const booking = await bookFieldTrip(db, by, groupFor(slot.id, students, chaperones));
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

  it("tells the coordinator in their own language, whoever acts", async () => {
    const russian = await createActor(["SCHOOL_COORDINATOR"], { locale: "ru" });
    const slot = await createSlot((await createExhibition({ title: "Radio", translations: { ru: { title: "Радио" } } })).id);
    const booking = await bookFieldTrip(db, russian, groupFor(slot.id));
    await confirmFieldTrip(db, staff, { bookingId: booking.id });
    const notice = await db.outboxMessage.findFirstOrThrow({ where: { userId: russian.id, template: "fieldTrip.confirm" } });
    expect(notice).toMatchObject({ locale: "ru", payload: { reference: booking.reference, exhibition: "Радио" } });
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
    // Staff can still change and cancel on the school's behalf.
    await expect(changeHeadcount(db, staff, { bookingId: soon.booking.id, students: 10, chaperones: 1 }, sixDaysBefore)).resolves.toMatchObject({ students: 10, chaperones: 1 });
    expect(await placesTaken(soon.slot.id)).toBe(11);
    await expect(cancelFieldTrip(db, staff, { bookingId: soon.booking.id }, sixDaysBefore)).resolves.toMatchObject({ status: "CANCELLED" });
    await expect(rejection(changeHeadcount(db, staff, { bookingId: soon.booking.id, students: 12, chaperones: 2 }))).resolves.toMatchObject({ code: "conflict", messageKey: "fieldTrips.errors.notChangeable" });
  });

  it("lets staff change a group's size after the deadline too, and tells the coordinator who booked", async () => {
    const { slot, booking } = await newBooking({ daysAhead: 10, capacity: 40 });
    const dayBefore = daysFromNow(9);
    await expect(rejection(changeHeadcount(db, coordinator, { bookingId: booking.id, students: 25, chaperones: 3 }, dayBefore))).resolves.toMatchObject({ code: "invalid", messageKey: "fieldTrips.errors.changesClosed" });
    await expect(changeHeadcount(db, staff, { bookingId: booking.id, students: 25, chaperones: 3 }, dayBefore)).resolves.toMatchObject({ students: 25, chaperones: 3 });
    expect(await placesTaken(slot.id)).toBe(28);
    // The same rules of ratio and places hold for staff.
    await expect(rejection(changeHeadcount(db, staff, { bookingId: booking.id, students: 38, chaperones: 4 }, dayBefore))).resolves.toMatchObject({ code: "conflict", messageKey: "fieldTrips.errors.notEnoughPlaces" });
    await expect(rejection(changeHeadcount(db, staff, { bookingId: booking.id, students: 30, chaperones: 1 }, dayBefore))).resolves.toMatchObject({ messageKey: "fieldTrips.errors.chaperoneRatio" });
    expect(await db.auditLog.count({ where: { entityId: booking.id, action: "fieldTrip.changeHeadcount", actorId: staff.id } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { userId: coordinator.id, template: "fieldTrip.headcountChanged", payload: { path: ["reference"], equals: booking.reference } } })).toBe(1);
  });
});

describe("bookings belong to the school", () => {
  it("lets a colleague of the same verified school see, change and cancel a booking another made", async () => {
    const colleague = await createActor(["SCHOOL_COORDINATOR"], { organizationId: schoolOf(coordinator) });
    const { slot, booking } = await newBooking();
    await expect(getFieldTrip(db, colleague, booking.id)).resolves.toMatchObject({ id: booking.id, coordinatorId: coordinator.id, school: { id: schoolOf(coordinator) } });
    expect(ids(await listMyFieldTrips(db, colleague, { exhibitionId: slot.exhibitionId }))).toEqual([booking.id]);

    await expect(changeHeadcount(db, colleague, { bookingId: booking.id, students: 15, chaperones: 2 })).resolves.toMatchObject({ students: 15 });
    await expect(cancelFieldTrip(db, colleague, { bookingId: booking.id })).resolves.toMatchObject({ status: "CANCELLED" });
    expect(await placesTaken(slot.id)).toBe(0);
    // The colleague is on the audit row; the notice goes to the coordinator who made the booking.
    expect(await db.auditLog.findFirstOrThrow({ where: { entityId: booking.id, action: "fieldTrip.cancel" } })).toMatchObject({ actorId: colleague.id });
    const notices = await db.outboxMessage.findMany({ where: { template: "fieldTrip.cancel", payload: { path: ["reference"], equals: booking.reference } } });
    expect(notices.map((n) => n.userId)).toEqual([coordinator.id]);
  });

  it("hides the school's bookings from another school's coordinator and from a colleague not yet approved", async () => {
    const { slot, booking } = await newBooking();
    const waiting = await createActor(["SCHOOL_COORDINATOR"], { organizationId: schoolOf(coordinator), verified: false });
    for (const stranger of [otherCoordinator, waiting]) {
      await expect(rejection(getFieldTrip(db, stranger, booking.id))).resolves.toMatchObject({ code: "not_found" });
    }
    await expect(rejection(cancelFieldTrip(db, otherCoordinator, { bookingId: booking.id }))).resolves.toMatchObject({ code: "not_found" });
    await expect(rejection(changeHeadcount(db, otherCoordinator, { bookingId: booking.id, students: 10, chaperones: 1 }))).resolves.toMatchObject({ code: "not_found" });
    expect(ids(await listMyFieldTrips(db, otherCoordinator, { exhibitionId: slot.exhibitionId }))).toEqual([]);
    // Someone whose coordinator role awaits approval is told so, before anything is looked up.
    await expect(rejection(cancelFieldTrip(db, waiting, { bookingId: booking.id }))).resolves.toMatchObject({ code: "forbidden", messageKey: "errors.verificationPending" });
    await expect(rejection(listMyFieldTrips(db, waiting))).resolves.toMatchObject({ code: "forbidden", messageKey: "errors.verificationPending" });
  });
});

describe("locking", () => {
  it("checks the permission before locking: someone who may never cancel does not wait on a locked booking", async () => {
    const { booking } = await newBooking();
    const member = await createActor(["MEMBER"]);
    let release = () => {};
    let lockTaken = () => {};
    const held = new Promise<void>((resolve) => (lockTaken = resolve));
    const holder = db.$transaction(
      async (tx) => {
        await lockBooking(tx, booking.id);
        lockTaken();
        await new Promise<void>((resolve) => (release = resolve));
      },
      { timeout: 20_000 },
    );
    await held;
    try {
      const started = performance.now();
      await expect(rejection(cancelFieldTrip(db, member, { bookingId: booking.id }))).resolves.toMatchObject({ code: "forbidden" });
      await expect(rejection(confirmFieldTrip(db, coordinator, { bookingId: booking.id }))).resolves.toMatchObject({ code: "forbidden" });
      await expect(rejection(changeHeadcount(db, member, { bookingId: booking.id, students: 10, chaperones: 1 }))).resolves.toMatchObject({ code: "forbidden" });
      expect(performance.now() - started).toBeLessThan(1_000);

      // Someone who may cancel does queue behind the lock, and goes ahead once it is released.
      let settled = false;
      const waiting = cancelFieldTrip(db, coordinator, { bookingId: booking.id }).finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(settled).toBe(false);
      release();
      await expect(waiting).resolves.toMatchObject({ status: "CANCELLED" });
    } finally {
      release();
      await holder;
    }
  });
});

describe("privacy and lists", () => {
  it("hides a booking from everyone but its school's coordinators and staff (not found, not forbidden)", async () => {
    const { booking } = await newBooking();
    const member = await createActor(["MEMBER"]);
    for (const stranger of [otherCoordinator, member, null]) {
      await expect(rejection(getFieldTrip(db, stranger, booking.id))).resolves.toMatchObject({ code: "not_found" });
    }
    await expect(getFieldTrip(db, coordinator, booking.id)).resolves.toMatchObject({ id: booking.id });
    await expect(getFieldTrip(db, staff, booking.id)).resolves.toMatchObject({ id: booking.id });
    expect(ids(await listMyFieldTrips(db, otherCoordinator))).not.toContain(booking.id);
    await expect(rejection(listFieldTripBookings(db, coordinator, {}))).resolves.toMatchObject({ code: "forbidden" });
    await expect(rejection(exportFieldTrips(db, coordinator, {}))).resolves.toMatchObject({ code: "forbidden" });
  });

  it("filters the staff queue by status, date and exhibition", async () => {
    const { slot, booking } = await newBooking({ daysAhead: 40 });
    const date = new Date(slot.startsAt.getTime() + 5 * 3600_000).toISOString().slice(0, 10);
    const page = await listFieldTripBookings(db, staff, { status: "PENDING", from: date, to: date, exhibitionId: slot.exhibitionId });
    expect(page).toMatchObject({ total: 1, page: 1, pageCount: 1 });
    expect(ids(page)).toEqual([booking.id]);
    expect(page.rows[0].coordinator).toMatchObject({ email: coordinator.email });
    expect(await listFieldTripBookings(db, staff, { status: "CONFIRMED", exhibitionId: slot.exhibitionId })).toMatchObject({ rows: [], total: 0 });
    // Coordinators filter their own list the same way.
    expect(ids(await listMyFieldTrips(db, coordinator, { status: "PENDING", exhibitionId: slot.exhibitionId }))).toEqual([booking.id]);
    expect(ids(await listMyFieldTrips(db, coordinator, { status: "CANCELLED", exhibitionId: slot.exhibitionId }))).toEqual([]);
  });

  it("pages and sorts the lists on the server, from the query a URL carries", async () => {
    const school = await createActor(["SCHOOL_COORDINATOR"]);
    const exhibition = await createExhibition();
    const filter = { exhibitionId: exhibition.id };
    // Twelve visits, booked in an order that is neither by date nor by reference.
    const booked = [];
    for (const daysAhead of [25, 20, 31, 22, 28, 21, 30, 24, 26, 23, 29, 27]) {
      const slot = await createSlot(exhibition.id, { daysAhead });
      booked.push({ daysAhead, ...(await bookFieldTrip(db, school, groupFor(slot.id))) });
    }
    const soonestFirst = [...booked].sort((a, b) => a.daysAhead - b.daysAhead).map((b) => b.id);
    const byReference = [...booked].sort((a, b) => (a.reference < b.reference ? -1 : 1)).map((b) => b.id);

    // The coordinator's list: latest visit first by default, ten a page.
    const first = await listMyFieldTrips(db, school, filter, MyFieldTripsQuerySchema.parse({ size: "10" }));
    const second = await listMyFieldTrips(db, school, filter, MyFieldTripsQuerySchema.parse({ size: "10", page: "2" }));
    expect(first).toMatchObject({ total: 12, page: 1, size: 10, pageCount: 2 });
    expect(second).toMatchObject({ total: 12, page: 2, pageCount: 2 });
    expect([...ids(first), ...ids(second)]).toEqual([...soonestFirst].reverse());

    // The staff queue: soonest first; any sortable column either way; bad values fall back to the defaults.
    const query = (raw: Record<string, string>) => FieldTripBookingsQuerySchema.parse({ ...raw, ...filter });
    expect(ids(await listFieldTripBookings(db, staff, filter, query({ size: "25" })))).toEqual(soonestFirst);
    expect(ids(await listFieldTripBookings(db, staff, filter, query({ size: "25", sort: "reference", dir: "asc" })))).toEqual(byReference);
    expect(ids(await listFieldTripBookings(db, staff, filter, query({ size: "25", sort: "reference", dir: "desc" })))).toEqual([...byReference].reverse());
    expect(query({ sort: "passwordHash", dir: "sideways", page: "-1", size: "7" })).toMatchObject({ sort: "startsAt", dir: "asc", page: 1, size: 25 });
    const lastPage = await listFieldTripBookings(db, staff, filter, query({ size: "10", page: "2" }));
    expect(ids(lastPage)).toEqual(soonestFirst.slice(10));

    // The export holds the whole filtered list, in the queue's order.
    expect((await exportFieldTrips(db, staff, filter)).map((b) => b.id)).toEqual(soonestFirst);
    expect(await exportFieldTrips(db, staff, { ...filter, status: "CONFIRMED" })).toEqual([]);
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
