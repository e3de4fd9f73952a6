import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { ZodOpenApiOperationObject } from "zod-openapi";
import type { Actor } from "@/lib/auth/actor";
import { API_PATHS } from "@/lib/api/api-paths";
import { createExhibition, createSlot, groupFor } from "@/lib/field-trips/testing/factories";
import { createActor, db } from "@/tests/support/factories";
import { callApi, type Caller } from "./support/call-route";
import { documentedOperations } from "./support/response-contract";

// Malformed input against EVERY operation of the OpenAPI document (a new endpoint is fuzzed as soon
// as it is documented): hostile path parameters, query values and JSON bodies, each as a stranger, a
// coordinator and staff. No answer may be a 5xx (or break the document: `callApi` checks every
// response), and a refused write may leave no trace. The number of requests per operation is printed.

const MIN_REQUESTS_PER_OPERATION = 30;
const NUL = "\u0000";
const HUGE = "x".repeat(100_000);

/** Strings that have broken parsers, databases and date arithmetic. */
const HOSTILE_STRINGS = [NUL, `a${NUL}b`, "x".repeat(5_000), "0000-00-00", "9999-99-99", "2026-02-30", "-1", "1e309", "%", "\u202Eevil", "😀".repeat(50), "' OR '1'='1", " ", "\uFFFF"];
/** JSON values of every type and edge, for each body field. */
const HOSTILE_VALUES: unknown[] = [NUL, `20${NUL}`, HUGE, 123, -1, 1e308, 0.5, true, null, [], {}, ["x"], { $gt: "" }, "0000-00-00", "9999-99-99", "2026-02-30", "25:99"];
/** Whole bodies that are not what any operation expects. */
const HOSTILE_BODIES: string[] = ["", "null", "[]", '"x"', "{not json", "[".repeat(5_000) + "]".repeat(5_000), `{"a":"${"y".repeat(1_000_000)}"}`, "{}"];

type Method = "get" | "post" | "patch" | "put" | "delete";
interface FuzzRequest {
  caller: Caller;
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

let staff: Actor, coordinator: Actor;
/** Real values for path parameters, so body and query fuzz reaches past the lookup. */
const pathValues: Record<string, string> = {};
/** A valid body per operation, each field of which the fuzz then spoils in turn. */
const validBodies: Record<string, Record<string, unknown>> = {};

beforeAll(async () => {
  [staff, coordinator] = await Promise.all([createActor(["STAFF"]), createActor(["SCHOOL_COORDINATOR"])]);
  const exhibition = await createExhibition();
  const [forBooking, forFuzz] = await Promise.all([createSlot(exhibition.id, { daysAhead: 30, capacity: 1000 }), createSlot(exhibition.id, { daysAhead: 30, capacity: 1000 })]);
  const booked = await callApi<{ id: string }>(coordinator, "POST", "/api/v1/field-trips", { body: groupFor(forBooking.id) });
  expect(booked.status).toBe(201);
  Object.assign(pathValues, { id: booked.body.id, slug: exhibition.slug });
  Object.assign(validBodies, {
    bookFieldTrip: groupFor(forFuzz.id),
    changeFieldTripHeadcount: { students: 20, chaperones: 2 },
    declineFieldTrip: { reason: "The hall is closed for repairs." },
    createVisitSlot: { date: "2099-01-05", time: "10:00", capacity: 30 },
  });
});

afterAll(async () => {
  await db.$disconnect();
});

/** The fields of a zod object schema, looking through refinements and transforms. */
function fieldsOf(schema: unknown): string[] {
  let current = schema as z.ZodType | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof z.ZodObject) return Object.keys(current.shape);
    current = current instanceof z.ZodPipe ? (current.in as z.ZodType) : undefined;
  }
  return [];
}

function requestsFor(method: Method, template: string, operation: ZodOpenApiOperationObject): FuzzRequest[] {
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  const path = (overrides: Record<string, string> = {}) =>
    template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(overrides[name] ?? pathValues[name] ?? "unknown"));
  const write = method !== "get";
  const bodySchema = (operation.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined)?.content?.["application/json"]?.schema;
  const bodyFields = fieldsOf(bodySchema);
  const valid = validBodies[operation.operationId ?? ""] ?? Object.fromEntries(bodyFields.map((field) => [field, "x"]));
  const queryFields = ["locale", ...fieldsOf(operation.requestParams?.query)];
  const base = write ? { body: valid } : {};

  const variants: Omit<FuzzRequest, "caller">[] = [];
  for (const name of names) for (const value of HOSTILE_STRINGS) variants.push({ url: path({ [name]: value }), ...base });
  for (const field of new Set(queryFields)) {
    for (const value of HOSTILE_STRINGS) variants.push({ url: `${path()}?${new URLSearchParams({ [field]: value })}`, ...base });
  }
  if (queryFields.includes("from")) variants.push({ url: `${path()}?from=0001-01-01&to=9999-12-31` }, { url: `${path()}?from=2026-03-05&to=2026-03-01` });
  if (write) {
    for (const field of bodyFields) for (const value of HOSTILE_VALUES) variants.push({ url: path(), body: { ...valid, [field]: value } });
    for (const field of bodyFields) variants.push({ url: path(), body: Object.fromEntries(Object.entries(valid).filter(([key]) => key !== field)) });
    for (const body of HOSTILE_BODIES) variants.push({ url: path(), body });
    variants.push(
      { url: path(), body: JSON.stringify(valid), headers: { "content-type": "text/plain" } },
      { url: path(), body: JSON.stringify(valid), headers: { "content-type": "" } },
      { url: path(), body: valid, headers: { Origin: "http://evil.example" } },
      { url: path(), body: valid, headers: { Origin: "null" } },
      { url: path(), body: valid, headers: { "Sec-Fetch-Site": "cross-site" } },
    );
  }
  return [null, { id: coordinator.id }, { id: staff.id }].flatMap((caller) => variants.map((variant) => ({ caller, ...variant })));
}

/** What a refused request must not have changed. */
const footprint = () =>
  Promise.all([db.fieldTripBooking.count(), db.visitSlot.count(), db.user.count(), db.organization.count(), db.auditLog.count(), db.outboxMessage.count()]);

describe("fuzzing every documented operation", () => {
  it(`answers at least ${MIN_REQUESTS_PER_OPERATION} malformed requests per operation without a 5xx or a half-written refusal`, async () => {
    type Entry = { requests: number; statuses: Record<number, number> };
    const report: Record<string, Entry> = {};
    const failures: string[] = [];
    const operations = documentedOperations();
    for (const key of operations) {
      const [METHOD, template] = key.split(" ");
      const method = METHOD.toLowerCase() as Method;
      const operation = API_PATHS[template][method] as ZodOpenApiOperationObject;
      const entry: Entry = { requests: 0, statuses: {} };
      report[key] = entry;
      for (const request of requestsFor(method, template, operation)) {
        const before = method === "get" ? undefined : await footprint();
        const where = `${key} ${request.url.slice(0, 120)} as ${request.caller ? request.caller.id : "stranger"} body ${JSON.stringify(request.body)?.slice(0, 80)}`;
        entry.requests++;
        try {
          const response = await callApi(request.caller, METHOD, request.url, { body: request.body, headers: request.headers });
          entry.statuses[response.status] = (entry.statuses[response.status] ?? 0) + 1;
          if (response.status >= 500 && !(template === "/api/v1/health" && response.status === 503)) failures.push(`${where} → ${response.status}`);
          if (before && response.status >= 400 && JSON.stringify(await footprint()) !== JSON.stringify(before)) failures.push(`${where} → ${response.status}, but wrote`);
        } catch (error) {
          failures.push(`${where} → ${(error as Error).message.slice(0, 300)}`);
        }
      }
    }
    console.log(
      [`API fuzz: ${Object.values(report).reduce((sum, e) => sum + e.requests, 0)} requests over ${operations.length} operations`]
        .concat(Object.entries(report).map(([key, e]) => `  ${key}: ${e.requests} requests, statuses ${JSON.stringify(e.statuses)}`))
        .join("\n"),
    );
    expect(failures.slice(0, 20), `${failures.length} failures`).toEqual([]);
    for (const [key, entry] of Object.entries(report)) expect(entry.requests, key).toBeGreaterThanOrEqual(MIN_REQUESTS_PER_OPERATION);
  }, 600_000);
});
