import { expect, test, type APIRequestContext, type APIResponse, type Browser } from "@playwright/test";
import { checkResponse, findOperation } from "../tests/api/support/response-contract";
import { DEMO, signIn } from "./support/auth";

// The JSON API under /api/v1 over HTTP, with the same session cookie as the UI. Every test signs in
// its own people and books its own slots, so tests can run in parallel with each other and with
// other specs that book the same seeded slots. Every response goes through `api(...)`, which holds it
// to the OpenAPI document (the zod schema declared for its operation, status and content type).

const DAY = 24 * 60 * 60 * 1000;
const GROUP = { gradeBand: "GRADES_6_8", students: 20, chaperones: 2, tourLanguage: "en" } as const;

interface Slot {
  id: string;
  startsAt: string;
  remaining: number;
  bookingWindow: string;
  bookable: boolean;
}
interface Booking {
  id: string;
  reference: string;
  slotId: string;
  schoolId: string;
  status: string;
  students: number;
  chaperones: number;
  declineReason: string | null;
  coordinator?: { email: string };
  actions: string[];
}
interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
  pageCount: number;
}
interface Checked<T> {
  status: number;
  headers: Record<string, string>;
  body: T;
}

/** A response checked against the document: its body parsed (JSON) or its text, or the test fails. */
async function checked<T>(method: string, response: APIResponse): Promise<Checked<T>> {
  const body = checkResponse(findOperation(method, response.url()), response.status(), response.headers()["content-type"] ?? null, await response.text());
  return { status: response.status(), headers: response.headers(), body: body as T };
}

const asJson = <O extends { headers?: Record<string, string> }>(options?: O) => ({ ...options, headers: { "Content-Type": "application/json", ...options?.headers } });

/** `request` with every response held to the OpenAPI document. */
function api(request: APIRequestContext) {
  type Options = Parameters<APIRequestContext["get"]>[1];
  return {
    get: async <T = unknown>(url: string, options?: Options) => checked<T>("GET", await request.get(url, options)),
    // Writes go as JSON, as the API demands, with or without a body.
    post: async <T = unknown>(url: string, options?: Options) => checked<T>("POST", await request.post(url, asJson(options))),
    patch: async <T = unknown>(url: string, options?: Options) => checked<T>("PATCH", await request.patch(url, asJson(options))),
  };
}

/** A browser context signed in through the real form; its `request` sends the session cookie. */
async function signedIn(browser: Browser, baseURL: string | undefined, email: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, email);
  return { request: api(page.request), close: () => context.close() };
}

type Api = ReturnType<typeof api>;

/** The Center calendar date (Asia/Karachi, UTC+05:00) of an ISO instant. */
const centerDate = (iso: string) => new Date(new Date(iso).getTime() + 5 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** Open slots at least 10 days ahead, across exhibitions that tour in English and take our group. */
async function candidateSlots(request: Api): Promise<Slot[]> {
  const list = await request.get<Page<{ slug: string; tourLanguages: string[]; maxGroupSize: number }>>("/api/v1/exhibitions?language=en&size=100");
  expect(list.status).toBe(200);
  const from = centerDate(new Date(Date.now() + 10 * DAY).toISOString());
  const slots: Slot[] = [];
  for (const exhibition of list.body.items) {
    if (!exhibition.tourLanguages.includes(GROUP.tourLanguage) || exhibition.maxGroupSize < GROUP.students + GROUP.chaperones + 10) continue;
    const response = await request.get<Page<Slot>>(`/api/v1/exhibitions/${exhibition.slug}/slots?from=${from}&size=100`);
    expect(response.status).toBe(200);
    slots.push(...response.body.items);
  }
  return slots.filter((s) => s.bookable && s.remaining >= GROUP.students + GROUP.chaperones + 10);
}

/**
 * Books a pending field trip for the coordinator's school. Starts at a random candidate so parallel
 * tests spread over slots, and moves on if another test took the last places meanwhile (409).
 */
async function book(request: Api): Promise<Booking & { startsAt: string }> {
  const slots = await candidateSlots(request);
  expect(slots.length).toBeGreaterThan(0);
  const start = Math.floor(Math.random() * slots.length);
  for (let i = 0; i < Math.min(slots.length, 10); i++) {
    const slot = slots[(start + i) % slots.length];
    const response = await request.post<Booking>("/api/v1/field-trips", { data: { slotId: slot.id, ...GROUP } });
    if (response.status === 409) continue;
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return { ...response.body, startsAt: slot.startsAt };
  }
  throw new Error("no slot had room for the group");
}

interface ApiError {
  error: { code: string; message: string; fieldErrors: Record<string, string> };
}

test("the catalogue is public: exhibitions and slots with places left", async ({ request: raw }) => {
  const request = api(raw);
  const list = await request.get<Page<{ slug: string; title: string }>>("/api/v1/exhibitions");
  expect(list.status).toBe(200);
  expect(list.body.items.length).toBeGreaterThan(0);
  expect(list.body.total).toBeGreaterThanOrEqual(list.body.items.length);

  const slug = list.body.items[0].slug;
  const detail = await request.get<{ exhibition: { exhibits: unknown[] } }>(`/api/v1/exhibitions/${slug}`);
  expect(detail.status).toBe(200);
  expect(detail.body.exhibition.exhibits.length).toBeGreaterThan(0);

  const slots = await request.get<Page<Slot>>(`/api/v1/exhibitions/${slug}/slots?from=${centerDate(new Date().toISOString())}`);
  expect(slots.status).toBe(200);
  expect(slots.body.items.length).toBeGreaterThan(0);

  expect((await request.get("/api/v1/exhibitions/no-such-exhibition")).status).toBe(404);
});

test("a coordinator books, reads, changes headcount, downloads the calendar and cancels", async ({ browser, baseURL }) => {
  const coordinator = await signedIn(browser, baseURL, DEMO.coordinator);
  try {
    const booking = await book(coordinator.request);
    expect(booking).toMatchObject({ status: "PENDING", students: 20, chaperones: 2, reference: expect.stringMatching(/^FT-/) });
    expect(booking.actions).toContain("cancel");

    const mine = await coordinator.request.get<Page<Booking>>("/api/v1/field-trips?size=100&sort=createdAt&dir=desc");
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((b) => b.reference)).toContain(booking.reference);

    const one = await coordinator.request.get<Booking>(`/api/v1/field-trips/${booking.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ reference: booking.reference, schoolId: booking.schoolId, coordinator: { email: DEMO.coordinator } });

    const patched = await coordinator.request.patch<Booking>(`/api/v1/field-trips/${booking.id}`, { data: { students: 25, chaperones: 3 } });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toMatchObject({ students: 25, chaperones: 3 });

    const ics = await coordinator.request.get<string>(`/api/v1/field-trips/${booking.id}/calendar.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers["content-type"]).toContain("text/calendar");
    expect(ics.headers["content-disposition"]).toBe(`attachment; filename="${booking.reference}.ics"`);
    expect(ics.body).toContain("BEGIN:VCALENDAR");

    const cancelled = await coordinator.request.post<Booking>(`/api/v1/field-trips/${booking.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe("CANCELLED");
  } finally {
    await coordinator.close();
  }
});

test("invalid input is a 422 with a message in the requested language", async ({ browser, baseURL }) => {
  const coordinator = await signedIn(browser, baseURL, DEMO.coordinator);
  try {
    const response = await coordinator.request.post<ApiError>("/api/v1/field-trips", {
      data: { slotId: "", students: "many" },
      headers: { "Accept-Language": "ru" },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe("invalid");
    expect(response.body.error.message).toMatch(/[\u0400-\u04FF]/);
    expect(Object.keys(response.body.error.fieldErrors)).toEqual(expect.arrayContaining(["slotId", "students"]));

    const malformed = await coordinator.request.post("/api/v1/field-trips", {
      data: "{not json",
      headers: { "Content-Type": "application/json" },
    });
    expect(malformed.status).toBe(422);

    expect((await coordinator.request.get("/api/v1/field-trips?format=xml")).status).toBe(422);
  } finally {
    await coordinator.close();
  }
});

test("too few chaperones for the grade band is refused", async ({ browser, baseURL }) => {
  const coordinator = await signedIn(browser, baseURL, DEMO.coordinator);
  try {
    const [slot] = await candidateSlots(coordinator.request);
    const response = await coordinator.request.post<ApiError>("/api/v1/field-trips", { data: { slotId: slot.id, ...GROUP, students: 20, chaperones: 1 } });
    expect([409, 422]).toContain(response.status);
    expect(response.body.error.fieldErrors.chaperones).toEqual(expect.any(String));
  } finally {
    await coordinator.close();
  }
});

test("strangers cannot see or make bookings", async ({ browser, baseURL, request: raw }) => {
  const request = api(raw);
  const coordinator = await signedIn(browser, baseURL, DEMO.coordinator);
  const member = await signedIn(browser, baseURL, DEMO.member);
  try {
    const booking = await book(coordinator.request);
    const asMember = await member.request.get<ApiError>(`/api/v1/field-trips/${booking.id}`);
    expect(asMember.status).toBe(404);
    expect(asMember.body.error.code).toBe("not_found");

    const anonymous = await request.post<ApiError>("/api/v1/field-trips", { data: { slotId: booking.slotId, ...GROUP } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe("unauthenticated");
    expect((await request.get(`/api/v1/field-trips/${booking.id}`)).status).toBe(404);

    // A coordinator may not act as staff.
    expect((await coordinator.request.post(`/api/v1/field-trips/${booking.id}/confirm`)).status).toBe(403);
  } finally {
    await coordinator.close();
    await member.close();
  }
});

test("staff confirm one booking and decline another with a reason", async ({ browser, baseURL }) => {
  const coordinator = await signedIn(browser, baseURL, DEMO.coordinator);
  const staff = await signedIn(browser, baseURL, DEMO.staff);
  try {
    const first = await book(coordinator.request);
    const second = await book(coordinator.request);

    const confirmed = await staff.request.post<Booking>(`/api/v1/field-trips/${first.id}/confirm`);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body.status).toBe("CONFIRMED");

    const reason = "The hall is closed for maintenance that week.";
    const declined = await staff.request.post<Booking>(`/api/v1/field-trips/${second.id}/decline`, { data: { reason } });
    expect(declined.status, JSON.stringify(declined.body)).toBe(200);
    expect(declined.body).toMatchObject({ status: "DECLINED", declineReason: reason });

    // Declining a booking that is no longer pending is a conflict.
    expect((await staff.request.post(`/api/v1/field-trips/${first.id}/decline`, { data: { reason } })).status).toBe(409);
  } finally {
    await coordinator.close();
    await staff.close();
  }
});

test("staff export the filtered queue as CSV; coordinators may not", async ({ browser, baseURL }) => {
  const coordinator = await signedIn(browser, baseURL, DEMO.coordinator);
  const staff = await signedIn(browser, baseURL, DEMO.staff);
  try {
    const booking = await book(coordinator.request);
    const day = centerDate(booking.startsAt);

    const csv = await staff.request.get<string>(`/api/v1/field-trips?format=csv&from=${day}&to=${day}`);
    expect(csv.status).toBe(200);
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers["content-disposition"]).toMatch(/^attachment; filename="field-trips-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(csv.body.split("\r\n")[0]).toMatch(/^reference,status,exhibition,starts_at_utc,starts_at_islamabad,/);
    expect(csv.body).toContain(booking.reference);

    const queue = await staff.request.get<Page<Booking>>(`/api/v1/field-trips?status=PENDING&from=${day}&to=${day}&size=100`);
    expect(queue.status).toBe(200);
    const row = queue.body.items.find((b) => b.reference === booking.reference);
    expect(row?.coordinator?.email).toBe(DEMO.coordinator);

    const denied = await coordinator.request.get<ApiError>("/api/v1/field-trips?format=csv");
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe("forbidden");
  } finally {
    await coordinator.close();
    await staff.close();
  }
});

test("the OpenAPI document is served", async ({ request: raw }) => {
  const response = await api(raw).get<{ openapi: string; paths: Record<string, unknown> }>("/api/v1/openapi.json");
  expect(response.status).toBe(200);
  expect(response.body.openapi).toMatch(/^3\.1\.\d+$/);
  expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(["/api/v1/field-trips", "/api/v1/health"]));
});

test("50 parallel booking requests through the server never overbook a slot", async ({ browser, baseURL }) => {
  const staff = await signedIn(browser, baseURL, DEMO.staff);
  const coordinator = await signedIn(browser, baseURL, DEMO.coordinator);
  try {
    const { body } = await staff.request.get<Page<{ slug: string; maxGroupSize: number }>>("/api/v1/exhibitions?language=en&size=100");
    const exhibition = body.items.find((e) => e.maxGroupSize >= GROUP.students + GROUP.chaperones)!;
    // A fresh slot at an odd hour, 60–150 days ahead, so no other test books it.
    const date = centerDate(new Date(Date.now() + (60 + Math.floor(Math.random() * 90)) * DAY).toISOString());
    const time = `17:${String(Math.floor(Math.random() * 60)).padStart(2, "0")}`;
    const forbidden = await coordinator.request.post(`/api/v1/exhibitions/${exhibition.slug}/slots`, { data: { date, time, capacity: 100 } });
    expect(forbidden.status).toBe(403);
    const created = await staff.request.post<Slot>(`/api/v1/exhibitions/${exhibition.slug}/slots`, { data: { date, time, capacity: 100 } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.remaining).toBe(100);

    const responses = await Promise.all(
      Array.from({ length: 50 }, () => coordinator.request.post("/api/v1/field-trips", { data: { slotId: created.body.id, ...GROUP } })),
    );
    const statuses = responses.map((r) => r.status);
    const accepted = statuses.filter((s) => s === 201).length;
    const refused = statuses.filter((s) => s === 409).length;
    console.log(`[http race] 50 requests: ${accepted} accepted, ${refused} refused (409)`);
    expect(accepted).toBe(4); // 4 × 22 = 88 of 100 places; a fifth group would need 110
    expect(refused).toBe(46);

    const after = await coordinator.request.get<Page<Slot>>(`/api/v1/exhibitions/${exhibition.slug}/slots?from=${date}&to=${date}&size=100`);
    expect(after.body.items.find((s) => s.id === created.body.id)?.remaining).toBe(12);
  } finally {
    await Promise.all([staff.close(), coordinator.close()]);
  }
});
