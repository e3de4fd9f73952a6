import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { ApiError } from "@/lib/api/error-schema";
import type { BookingJson } from "@/lib/field-trips/api/response-schemas";
import { getDaySheet } from "@/lib/field-trips/day-sheet";
import { createExhibition, createSlot, groupFor } from "@/lib/field-trips/testing/factories";
import { createActor, db } from "@/tests/support/factories";
import { as } from "@/tests/api/support/call-route";

// The issue "Security and resilience", items 3 and 4, through the API's route functions: writes
// from another origin or not as JSON are refused before anything happens, and hostile strings and
// impossible dates are 422s with a localized message, never 500s.

const EVIL = { Origin: "http://evil.example" };
let staff: Actor, coordinator: Actor;
let exhibition: Awaited<ReturnType<typeof createExhibition>>;

beforeAll(async () => {
  [staff, coordinator] = await Promise.all([createActor(["STAFF"]), createActor(["SCHOOL_COORDINATOR"])]);
  exhibition = await createExhibition();
});

afterAll(async () => {
  await db.$disconnect();
});

async function book(): Promise<BookingJson> {
  const { id } = await createSlot(exhibition.id, { daysAhead: 30 });
  const response = await as(coordinator).post<BookingJson>("/api/v1/field-trips", groupFor(id));
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

const bookingCount = () => db.fieldTripBooking.count();
const slotCount = () => db.visitSlot.count({ where: { exhibitionId: exhibition.id } });

describe("cross-origin writes", () => {
  it("refuses a booking, a cancellation and a new slot sent from another site, with a localized 403", async () => {
    const { id: slotId } = await createSlot(exhibition.id, { daysAhead: 30 });
    const before = await bookingCount();
    const booking = await as(coordinator).post<ApiError>("/api/v1/field-trips", groupFor(slotId), { headers: { ...EVIL, "Accept-Language": "ru" } });
    expect(booking.status).toBe(403);
    expect(booking.body.error.code).toBe("forbidden");
    expect(booking.body.error.message).toMatch(/[\u0400-\u04FF]/);
    expect(await bookingCount()).toBe(before);

    const mine = await book();
    expect((await as(coordinator).post(`/api/v1/field-trips/${mine.id}/cancel`, undefined, { headers: EVIL })).status).toBe(403);
    expect((await db.fieldTripBooking.findUniqueOrThrow({ where: { id: mine.id } })).status).toBe("PENDING");

    const slots = await slotCount();
    const slot = await as(staff).post(`/api/v1/exhibitions/${exhibition.slug}/slots`, { date: "2099-01-05", time: "10:00", capacity: 30 }, { headers: EVIL });
    expect(slot.status).toBe(403);
    expect(await slotCount()).toBe(slots);
  });

  it("refuses Origin: null and a cross-site Sec-Fetch-Site, and takes our own origin or a same-origin fetch", async () => {
    const { id: slotId } = await createSlot(exhibition.id, { daysAhead: 30 });
    expect((await as(coordinator).post("/api/v1/field-trips", groupFor(slotId), { headers: { Origin: "null" } })).status).toBe(403);
    expect((await as(coordinator).post("/api/v1/field-trips", groupFor(slotId), { headers: { "Sec-Fetch-Site": "cross-site" } })).status).toBe(403);
    expect((await as(coordinator).post("/api/v1/field-trips", groupFor(slotId), { headers: { "Sec-Fetch-Site": "same-site" } })).status).toBe(403);
    expect((await as(coordinator).post("/api/v1/field-trips", groupFor(slotId), { headers: { Origin: "http://localhost" } })).status).toBe(201);
    const other = await createSlot(exhibition.id, { daysAhead: 30 });
    expect((await as(coordinator).post("/api/v1/field-trips", groupFor(other.id), { headers: { "Sec-Fetch-Site": "same-origin" } })).status).toBe(201);
  });

  it("takes a write with neither Origin nor Sec-Fetch-Site (a client that is not a browser), and reads are never refused", async () => {
    const { id: slotId } = await createSlot(exhibition.id, { daysAhead: 30 });
    expect((await as(coordinator).post("/api/v1/field-trips", groupFor(slotId))).status).toBe(201);
    expect((await as(coordinator).get("/api/v1/field-trips", { headers: EVIL })).status).toBe(200);
  });

  it("refuses a write not sent as JSON with a localized 415, text/plain included", async () => {
    const { id: slotId } = await createSlot(exhibition.id, { daysAhead: 30 });
    const before = await bookingCount();
    const plain = await as(coordinator).post<ApiError>("/api/v1/field-trips", JSON.stringify(groupFor(slotId)), {
      headers: { "Content-Type": "text/plain", "Accept-Language": "zh" },
    });
    expect(plain.status).toBe(415);
    expect(plain.body.error.code).toBe("unsupported_media_type");
    expect(plain.body.error.message).toMatch(/[\u4E00-\u9FFF]/);
    const form = await as(coordinator).post("/api/v1/field-trips", "slotId=x", { headers: { "Content-Type": "application/x-www-form-urlencoded" } });
    expect(form.status).toBe(415);
    const mine = await book();
    expect((await as(coordinator).post(`/api/v1/field-trips/${mine.id}/cancel`, undefined, { headers: { "content-type": "" } })).status).toBe(415);
    expect(await bookingCount()).toBe(before + 1);
    expect((await as(coordinator).post(`/api/v1/field-trips/${mine.id}/cancel`, undefined, { headers: { "content-type": "application/json; charset=utf-8" } })).status).toBe(200);
  });
});

describe("path parameters", () => {
  it("serves a route without path segments, to which Next passes no params", async () => {
    const { GET } = await import("@/app/api/v1/exhibitions/route");
    expect((await GET(new Request("http://localhost/api/v1/exhibitions"), undefined as never)).status).toBe(200);
  });
});

describe("hostile strings and impossible dates", () => {
  it("answers NUL bytes in body fields with a localized 422 and writes nothing", async () => {
    const { id: slotId } = await createSlot(exhibition.id, { daysAhead: 30 });
    const before = await bookingCount();
    for (const body of [
      { ...groupFor(slotId), slotId: "slot\u0000" },
      { ...groupFor(slotId), schoolId: "\u0000" },
      { ...groupFor(slotId), specialNeeds: "wheelchair\u0000access" },
    ]) {
      const response = await as(coordinator).post<ApiError>("/api/v1/field-trips", body, { headers: { "Accept-Language": "fa" } });
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(response.body.error.message).toMatch(/[\u0600-\u06FF]/);
    }
    expect(await bookingCount()).toBe(before);
    const mine = await book();
    expect((await as(staff).post(`/api/v1/field-trips/${mine.id}/decline`, { reason: "no room\u0000 at all" })).status).toBe(422);
  });

  it("answers a NUL byte or an overlong id in the path with 422", async () => {
    for (const url of [
      "/api/v1/field-trips/%00",
      "/api/v1/field-trips/%00/calendar.ics",
      "/api/v1/exhibitions/%00",
      "/api/v1/exhibitions/%00/slots",
      `/api/v1/exhibitions/${"x".repeat(500)}`,
    ]) {
      const response = await as(staff).get<ApiError>(url);
      expect(response.status, url).toBe(422);
      expect(response.body.error.code).toBe("invalid");
    }
    expect((await as(staff).post("/api/v1/field-trips/%00/confirm")).status).toBe(422);
    expect((await as(staff).patch("/api/v1/field-trips/%00", { students: 20, chaperones: 2 })).status).toBe(422);
    expect((await as(staff).post("/api/v1/exhibitions/%00/slots", { date: "2099-01-05", time: "10:00", capacity: 30 })).status).toBe(422);
  });

  it("answers dates that match the pattern but do not exist, or lie beyond any sane range, with 422", async () => {
    const slots = `/api/v1/exhibitions/${exhibition.slug}/slots`;
    for (const query of ["from=0000-00-00", "to=9999-99-99", "from=0001-01-01&to=9999-12-31", "from=2026-02-30", "to=1999-12-31"]) {
      expect((await as(null).get(`${slots}?${query}`)).status, query).toBe(422);
      expect((await as(staff).get(`/api/v1/field-trips?${query}`)).status, query).toBe(422);
      expect((await as(coordinator).get(`/api/v1/field-trips?${query}`)).status, query).toBe(422);
      expect((await as(staff).get(`/api/v1/field-trips?format=csv&${query}`)).status, query).toBe(422);
    }
    const range = await as(null).get<ApiError>(`${slots}?from=0001-01-01`, { headers: { "Accept-Language": "ur" } });
    expect(range.body.error.fieldErrors.from).toMatch(/2000-01-01/);
    const before = await slotCount();
    for (const date of ["0000-00-00", "9999-99-99", "2027-02-29", "9999-12-31"]) {
      expect((await as(staff).post(slots, { date, time: "10:00", capacity: 30 })).status, date).toBe(422);
    }
    expect(await slotCount()).toBe(before);
    for (const date of ["0000-00-00", "9999-99-99", "0001-01-01", "9999-12-31", "2026\u0000-01-01"]) {
      await expect(getDaySheet(db, staff, { date }), date).rejects.toMatchObject({ code: "invalid" });
    }
    await expect(getDaySheet(db, staff, { date: "2028-02-29" })).resolves.toMatchObject({ date: "2028-02-29" });
  });
});
