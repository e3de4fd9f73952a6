import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { ApiError } from "@/lib/api/error-schema";
import type { BookingJson, SlotJson } from "@/lib/field-trips/api/response-schemas";
import { createExhibition, createSlot, groupFor, schoolOf } from "@/lib/field-trips/testing/factories";
import { createActor, daysFromNow, db, uniq } from "@/tests/support/factories";
import { as } from "./support/call-route";
import { checkedResponses, documentedOperations } from "./support/response-contract";
import { SYSTEM_PATHS } from "@/lib/api/system-paths";
import { FIELD_TRIP_PATHS } from "@/lib/field-trips/api/openapi-paths";

// The JSON API through its route functions, against the test database. Every response is held to
// the OpenAPI document by `as(...)` (support/call-api.ts): an undocumented status or a body that
// breaks its declared zod schema fails the test that received it. The last test asks that every
// documented operation answered with success at least once.

type Page<T> = { items: T[]; total: number; page: number; size: number; pageCount: number };
type Exhibition = { id: string; slug: string; title: string };

let staff: Actor, coordinator: Actor, colleague: Actor, otherSchool: Actor, member: Actor, unverified: Actor;
let exhibition: Awaited<ReturnType<typeof createExhibition>>;
let slot: Awaited<ReturnType<typeof createSlot>>;
const anonymous = as(null);

beforeAll(async () => {
  [staff, coordinator, otherSchool, member, unverified] = await Promise.all([
    createActor(["STAFF"]),
    createActor(["SCHOOL_COORDINATOR"], { name: "Nadia Rehman" }),
    createActor(["SCHOOL_COORDINATOR"]),
    createActor(["MEMBER"]),
    createActor(["SCHOOL_COORDINATOR"], { verified: false }),
  ]);
  colleague = await createActor(["SCHOOL_COORDINATOR"], { organizationId: schoolOf(coordinator) });
  exhibition = await createExhibition({ tourLanguages: ["en", "ru"], translations: { ru: { title: "Дорога к звёздам" } } });
  slot = await createSlot(exhibition.id, { daysAhead: 30, capacity: 100 });
});

afterAll(async () => {
  await db.$disconnect();
});

/** Books 20 students and 2 chaperones as the coordinator, on a slot of its own so tests never fill one. */
async function book() {
  const { id } = await createSlot(exhibition.id, { daysAhead: 30 });
  const response = await as(coordinator).post<BookingJson>("/api/v1/field-trips", groupFor(id));
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

describe("system", () => {
  it("reports health and serves the OpenAPI document", async () => {
    expect((await anonymous.get<{ status: string }>("/api/v1/health")).body.status).toBe("ok");
    const doc = await anonymous.get<{ openapi: string }>("/api/v1/openapi.json");
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe("3.1.0");
  });

  it("tells the header who is signed in and which links they may follow (ADR 0007)", async () => {
    type Me = { menu: { name: string; links: { href: string; labelKey: string }[] } | null };
    expect((await anonymous.get<Me>("/api/v1/me")).body).toEqual({ menu: null });
    const mine = (await as(coordinator).get<Me>("/api/v1/me")).body.menu;
    expect(mine?.name).toBe("Nadia Rehman");
    expect(mine?.links.map((link) => link.href)).toEqual(["/my/field-trips"]);
    expect((await as(staff).get<Me>("/api/v1/me")).body.menu?.links.map((link) => link.href)).toContain("/admin");
  });

  it("tells a cached exhibition page what the caller may do about a slot, by the policy (ADR 0007)", async () => {
    const entryOf = async (actor: Actor | null) => {
      const response = await as(actor).get<{ entry: string }>("/api/v1/field-trips/booking-entry");
      expect(response.status).toBe(200);
      return response.body.entry;
    };
    expect(await entryOf(null)).toBe("signIn");
    expect(await entryOf(coordinator)).toBe("book");
    expect(await entryOf(unverified)).toBe("awaitVerification");
    expect(await entryOf(member)).toBe("none");
    expect(await entryOf(staff)).toBe("none");
  });
});

describe("catalogue", () => {
  it("lists published exhibitions a page at a time, in the reader's language", async () => {
    const { status, body } = await anonymous.get<Page<Exhibition>>("/api/v1/exhibitions?language=ru&size=100&locale=ru");
    expect(status).toBe(200);
    expect(body.items.find((e) => e.id === exhibition.id)?.title).toBe("Дорога к звёздам");
    expect(body).toMatchObject({ page: 1, size: 100, total: body.items.length });

    const firstOfTen = await anonymous.get<Page<Exhibition>>("/api/v1/exhibitions?size=10&sort=title&dir=desc&page=1");
    expect(firstOfTen.body.size).toBe(10);
    const titles = firstOfTen.body.items.map((e) => e.title);
    expect(titles).toEqual([...titles].sort((a, b) => new Intl.Collator("en").compare(b, a)));

    const bad = await anonymous.get<ApiError>("/api/v1/exhibitions?era=BRONZE_AGE");
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fieldErrors)).toEqual(["era"]);
  });

  it("shows one exhibition with its slots, and 404 for an unknown one", async () => {
    const { body } = await anonymous.get<{ exhibition: Exhibition; slots: SlotJson[] }>(`/api/v1/exhibitions/${exhibition.slug}`);
    expect(body.exhibition.id).toBe(exhibition.id);
    expect(body.slots.map((s) => s.id)).toContain(slot.id);
    expect((await anonymous.get(`/api/v1/exhibitions/no-such-${uniq()}`)).status).toBe(404);
  });

  it("lists open slots with places left, by Center date, and refuses a reversed range", async () => {
    const day = new Date(slot.startsAt.getTime() + 5 * 3_600_000).toISOString().slice(0, 10);
    const { body } = await anonymous.get<Page<SlotJson>>(`/api/v1/exhibitions/${exhibition.slug}/slots?from=${day}&to=${day}`);
    expect(body.items.find((s) => s.id === slot.id)).toMatchObject({ bookingWindow: "open", bookable: true });
    expect(body.total).toBe(body.items.length);

    const reversed = await anonymous.get<ApiError>(`/api/v1/exhibitions/${exhibition.slug}/slots?from=2026-03-05&to=2026-03-01`);
    expect(reversed.status).toBe(422);
    expect(Object.keys(reversed.body.error.fieldErrors)).toEqual(["to"]);
    expect((await anonymous.get(`/api/v1/exhibitions/no-such-${uniq()}/slots`)).status).toBe(404);
  });

  it("lets staff alone publish a slot, once per start time", async () => {
    const date = daysFromNow(90).toISOString().slice(0, 10);
    const input = { date, time: "16:45", capacity: 40 };
    const url = `/api/v1/exhibitions/${exhibition.slug}/slots`;
    expect((await anonymous.post(url, input)).status).toBe(401);
    expect((await as(coordinator).post(url, input)).status).toBe(403);
    const created = await as(staff).post<SlotJson>(url, input);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ remaining: 40, bookingWindow: "open", bookable: true });
    expect((await as(staff).post(url, input)).status).toBe(409);
    expect((await as(staff).post(url, { ...input, time: "25:00" })).status).toBe(422);
  });
});

describe("booking", () => {
  it("books for the coordinator's school and tells what they may do next", async () => {
    const booking = await book();
    expect(booking).toMatchObject({ status: "PENDING", schoolId: schoolOf(coordinator), students: 20, chaperones: 2, reference: expect.stringMatching(/^FT-/) });
    expect(booking.actions.sort()).toEqual(["cancel", "changeHeadcount"]);
  });

  it("refuses strangers, unverified coordinators and another school's id", async () => {
    expect((await anonymous.post("/api/v1/field-trips", groupFor(slot.id))).status).toBe(401);
    expect((await as(member).post("/api/v1/field-trips", groupFor(slot.id))).status).toBe(403);
    const waiting = await as(unverified).post<ApiError>("/api/v1/field-trips", groupFor(slot.id));
    expect(waiting.status).toBe(403);
    const foreign = await as(coordinator).post<ApiError>("/api/v1/field-trips", { ...groupFor(slot.id), schoolId: schoolOf(otherSchool) });
    expect(foreign.status).toBe(422);
    expect(Object.keys(foreign.body.error.fieldErrors)).toEqual(["schoolId"]);
  });

  it("answers bad input with 422 in the requested language, and an unknown slot with 404", async () => {
    const bad = await as(coordinator).post<ApiError>("/api/v1/field-trips", { slotId: "", students: "many" }, { headers: { "Accept-Language": "ru" } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.message).toMatch(/[\u0400-\u04FF]/);
    expect(Object.keys(bad.body.error.fieldErrors)).toEqual(expect.arrayContaining(["slotId", "students"]));
    expect((await as(coordinator).post("/api/v1/field-trips", "{not json")).status).toBe(422);
    const chaperones = await as(coordinator).post<ApiError>("/api/v1/field-trips", groupFor(slot.id, 20, 1));
    expect(chaperones.status).toBe(422);
    expect(chaperones.body.error.fieldErrors.chaperones).toEqual(expect.any(String));
    expect((await as(coordinator).post("/api/v1/field-trips", groupFor(`missing-${uniq()}`))).status).toBe(404);
  });

  it("refuses a group the slot has no room for with 409", async () => {
    const small = await createSlot(exhibition.id, { daysAhead: 31, capacity: 10 });
    expect((await as(coordinator).post("/api/v1/field-trips", groupFor(small.id))).status).toBe(409);
  });
});

describe("reading bookings", () => {
  it("shares a school's bookings with its coordinators and hides them from everyone else", async () => {
    const booking = await book();
    for (const who of [coordinator, colleague]) {
      const list = await as(who).get<Page<BookingJson>>("/api/v1/field-trips?size=100");
      expect(list.body.items.map((b) => b.id)).toContain(booking.id);
      expect((await as(who).get<BookingJson>(`/api/v1/field-trips/${booking.id}`)).body.coordinator?.name).toBe("Nadia Rehman");
    }
    expect((await as(otherSchool).get<Page<BookingJson>>("/api/v1/field-trips")).body.items.map((b) => b.id)).not.toContain(booking.id);
    for (const who of [otherSchool, member, null]) expect((await as(who).get(`/api/v1/field-trips/${booking.id}`)).status).toBe(404);
    expect((await anonymous.get("/api/v1/field-trips")).status).toBe(401);
  });

  it("pages and sorts the list from the query", async () => {
    await book();
    await book();
    const first = await as(coordinator).get<Page<BookingJson>>("/api/v1/field-trips?size=10&sort=createdAt&dir=asc");
    expect(first.body.total).toBeGreaterThanOrEqual(2);
    expect(first.body.pageCount).toBe(Math.ceil(first.body.total / 10));
    const created = first.body.items.map((b) => b.createdAt);
    expect(created).toEqual([...created].sort());
    const beyond = await as(coordinator).get<Page<BookingJson>>(`/api/v1/field-trips?size=10&page=${first.body.pageCount + 1}`);
    expect(beyond.body.items).toEqual([]);
    // Paging values out of range read as the defaults instead of failing the list.
    expect((await as(coordinator).get<Page<BookingJson>>("/api/v1/field-trips?size=7&sort=nonsense")).body.size).toBe(25);
  });

  it("gives staff the queue with who made each booking, and the calendar file to its readers", async () => {
    const booking = await book();
    const queue = await as(staff).get<Page<BookingJson>>(`/api/v1/field-trips?status=PENDING&exhibitionId=${exhibition.id}&size=100`);
    expect(queue.body.items.find((b) => b.id === booking.id)?.coordinator?.email).toBe(coordinator.email);
    expect((await as(staff).get("/api/v1/field-trips?status=LOST")).status).toBe(422);

    const ics = await as(colleague).get<string>(`/api/v1/field-trips/${booking.id}/calendar.ics`);
    expect(ics.headers.get("content-disposition")).toBe(`attachment; filename="${booking.reference}.ics"`);
    expect(ics.body).toContain("BEGIN:VCALENDAR");
    expect((await as(otherSchool).get(`/api/v1/field-trips/${booking.id}/calendar.ics`)).status).toBe(404);
  });

  it("exports the filtered queue as CSV for staff only", async () => {
    const booking = await book();
    const csv = await as(staff).get<string>(`/api/v1/field-trips?format=csv&exhibitionId=${exhibition.id}`);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="field-trips-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(csv.body.split("\r\n")[0]).toMatch(/^reference,status,exhibition,/);
    expect(csv.body).toContain(booking.reference);
    const denied = await as(coordinator).get<ApiError>("/api/v1/field-trips?format=csv");
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe("forbidden");
    expect((await as(staff).get("/api/v1/field-trips?format=xml")).status).toBe(422);
  });
});

describe("changing bookings", () => {
  it("lets the school's coordinators and staff change the headcount", async () => {
    const booking = await book();
    const changed = await as(colleague).patch<BookingJson>(`/api/v1/field-trips/${booking.id}`, { students: 25, chaperones: 3, bookingId: "ignored" });
    expect(changed.body).toMatchObject({ id: booking.id, students: 25, chaperones: 3 });
    expect((await as(staff).patch<BookingJson>(`/api/v1/field-trips/${booking.id}`, { students: 30, chaperones: 3 })).body.students).toBe(30);
    expect((await as(coordinator).patch(`/api/v1/field-trips/${booking.id}`, { students: 30, chaperones: 1 })).status).toBe(422);
    expect((await as(otherSchool).patch(`/api/v1/field-trips/${booking.id}`, { students: 20, chaperones: 2 })).status).toBe(404);
    expect((await anonymous.patch(`/api/v1/field-trips/${booking.id}`, { students: 20, chaperones: 2 })).status).toBe(401);
  });

  it("lets staff confirm and decline with a reason, and answers a wrong state with 409", async () => {
    const first = await book();
    const second = await book();
    expect((await as(coordinator).post(`/api/v1/field-trips/${first.id}/confirm`)).status).toBe(403);
    const confirmed = await as(staff).post<BookingJson>(`/api/v1/field-trips/${first.id}/confirm`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe("CONFIRMED");
    expect(confirmed.body.actions).not.toContain("confirm");

    const reason = "The hall is closed for maintenance that week.";
    expect((await as(staff).post(`/api/v1/field-trips/${second.id}/decline`, { reason: "no" })).status).toBe(422);
    const declined = await as(staff).post<BookingJson>(`/api/v1/field-trips/${second.id}/decline`, { reason });
    expect(declined.body).toMatchObject({ status: "DECLINED", declineReason: reason, actions: [] });
    expect((await as(staff).post(`/api/v1/field-trips/${first.id}/decline`, { reason })).status).toBe(409);
    expect((await as(staff).post(`/api/v1/field-trips/${first.id}/complete`)).status).toBe(409);
  });

  it("lets the coordinator cancel, once", async () => {
    const booking = await book();
    const cancelled = await as(coordinator).post<BookingJson>(`/api/v1/field-trips/${booking.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe("CANCELLED");
    expect((await as(coordinator).post(`/api/v1/field-trips/${booking.id}/cancel`)).status).toBe(409);
    expect((await as(member).post(`/api/v1/field-trips/${booking.id}/cancel`)).status).toBe(403);
  });

  it("lets staff record the outcome of a visit that has started", async () => {
    // Booking closes before a visit, so a visit under way is set up directly: confirmed, started an hour ago.
    const past = await db.visitSlot.create({
      data: { exhibitionId: exhibition.id, startsAt: daysFromNow(-1 / 24), endsAt: daysFromNow(1 / 48), capacity: 60, bookedCount: 44 },
    });
    const [came, stayedAway] = await Promise.all(
      ["came", "stayed away"].map((what) =>
        db.fieldTripBooking.create({
          data: {
            reference: `FT-${uniq().toUpperCase()}`,
            slotId: past.id,
            schoolId: schoolOf(coordinator),
            coordinatorId: coordinator.id,
            schoolName: `School that ${what}`,
            gradeBand: "GRADES_6_8",
            students: 20,
            chaperones: 2,
            tourLanguage: "en",
            status: "CONFIRMED",
          },
        }),
      ),
    );
    const completed = await as(staff).post<BookingJson>(`/api/v1/field-trips/${came.id}/complete`);
    expect(completed.body.status).toBe("COMPLETED");
    const noShow = await as(staff).post<BookingJson>(`/api/v1/field-trips/${stayedAway.id}/no-show`);
    expect(noShow.body.status).toBe("NO_SHOW");
    expect((await as(coordinator).post(`/api/v1/field-trips/${came.id}/no-show`)).status).toBe(403);
  });
});

describe("the contract", () => {
  it("saw every documented operation succeed, each response checked against its schema", () => {
    const succeeded = new Set([...checkedResponses].filter((r) => /\s2\d\d$/.test(r)).map((r) => r.replace(/\s\d{3}$/, "")));
    // This file's share of the document: the API's own operations and the field-trip area's (other areas have their own files).
    const ours = new Set([...Object.keys(SYSTEM_PATHS), ...Object.keys(FIELD_TRIP_PATHS)]);
    expect(documentedOperations().filter((operation) => ours.has(operation.split(" ")[1]) && !succeeded.has(operation))).toEqual([]);
  });
});
