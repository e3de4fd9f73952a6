import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument, jsonSchemaOf } from "@/lib/api/openapi";
import { FIELD_TRIP_CSV_COLUMNS, centerDateTimeText, fieldTripsCsv, fieldTripsCsvFilename, type CsvBookingRow } from "@/lib/api/field-trip-csv";
import { serializeBooking, serializeExhibition, serializeSlot } from "@/lib/api/serializers";
import { FieldTripListFormatSchema, SlotRangeQuerySchema } from "@/lib/api/query-schemas";
import { withBookingId } from "@/lib/api/request-input";
import { BookFieldTripSchema, ChangeHeadcountSchema, DeclineFieldTripSchema } from "@/lib/field-trips/schemas";
import { isDomainError } from "@/lib/errors";
import type { Exhibition, FieldTripBooking } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation";

// Pure pieces of the JSON API: the OpenAPI document against the route files and the zod schemas,
// the CSV export and the serializers. HTTP behaviour is covered end to end in e2e/api.spec.ts.

const API_ROOT = path.resolve(__dirname, "../../app/api/v1");

type Operation = { operationId?: string; responses?: Record<string, unknown>; parameters?: unknown[]; requestBody?: unknown };
type JsonSchema = { type?: unknown; properties?: Record<string, unknown>; required?: string[] };

/** Every route.ts under app/api/v1 as its URL template and the HTTP methods it exports. */
function routeFiles(dir = API_ROOT): { url: string; methods: string[] }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    if (entry.name !== "route.ts") return [];
    const source = fs.readFileSync(full, "utf8");
    const methods = [...source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
    const segments = path.relative(API_ROOT, dir).split(path.sep).filter(Boolean);
    const url = ["/api/v1", ...segments.map((s) => s.replace(/^\[(.+)\]$/, "{$1}"))].join("/");
    return [{ url, methods: methods.sort() }];
  });
}

const doc = buildOpenApiDocument();
const paths = doc.paths as unknown as Record<string, Record<string, Operation>>;
const operations = Object.entries(paths).flatMap(([url, item]) => Object.entries(item).map(([method, op]) => ({ url, method, op })));

function resolveRef(ref: string): unknown {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
}

function refsIn(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refsIn);
  if (node && typeof node === "object") {
    return Object.entries(node).flatMap(([key, value]) => (key === "$ref" && typeof value === "string" ? [value] : refsIn(value)));
  }
  return [];
}

function parameterOf(p: unknown): { name: string; in: string; required?: boolean } {
  const ref = (p as { $ref?: string }).$ref;
  return (ref ? resolveRef(ref) : p) as { name: string; in: string; required?: boolean };
}

function requestBodySchema(op: Operation): JsonSchema {
  const schema = (op.requestBody as { content: { "application/json": { schema: { $ref?: string } } } }).content["application/json"].schema;
  return (schema.$ref ? resolveRef(schema.$ref) : schema) as JsonSchema;
}

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 with a title and version", () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toBeTruthy();
  });

  it("describes every route file under app/api/v1 with exactly the methods it exports", () => {
    const files = routeFiles();
    expect(files.length).toBeGreaterThan(1);
    for (const { url, methods } of files) {
      expect(paths[url], `no OpenAPI path for ${url}`).toBeDefined();
      const documented = Object.keys(paths[url]).map((m) => m.toUpperCase()).sort();
      expect(documented, url).toEqual(methods);
    }
    expect(Object.keys(paths).sort()).toEqual(files.map((f) => f.url).sort());
  });

  it("gives every operation a unique id and a success response", () => {
    const ids = operations.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { url, method, op } of operations) {
      expect(op.operationId, `${method} ${url}`).toBeTruthy();
      expect(Object.keys(op.responses ?? {}).some((status) => /^2\d\d$/.test(status)), `${method} ${url}`).toBe(true);
    }
    expect(Object.keys(paths["/api/v1/field-trips"].post.responses ?? {})).toContain("201");
    expect(Object.keys(paths["/api/v1/field-trips/{id}/confirm"].post.responses ?? {})).toContain("200");
  });

  it("documents the error shape and the 401/403/404/409/422 responses", () => {
    const statuses = new Set(operations.flatMap(({ op }) => Object.keys(op.responses ?? {})));
    for (const status of ["401", "403", "404", "409", "422"]) expect(statuses).toContain(status);
    const error = doc.components.schemas.Error as { properties: { error: JsonSchema } };
    expect(error.properties.error.required).toEqual(["code", "message", "fieldErrors"]);
    for (const { op } of operations) {
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        if (/^4\d\d$/.test(status)) expect((response as { $ref: string }).$ref).toMatch(/^#\/components\/responses\//);
      }
    }
  });

  it("resolves every $ref", () => {
    for (const ref of refsIn(doc)) expect(resolveRef(ref), ref).toBeDefined();
  });

  it("declares each path template parameter as a required path parameter", () => {
    for (const { url, method, op } of operations) {
      const names = [...url.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = (op.parameters ?? []).map(parameterOf).filter((p) => p.in === "path");
      expect(declared.map((p) => p.name).sort(), `${method} ${url}`).toEqual(names.sort());
      for (const p of declared) expect(p.required).toBe(true);
    }
  });

  it("generates request bodies from the zod schemas the services parse", () => {
    const cases = [
      { op: paths["/api/v1/field-trips"].post, fields: Object.keys(BookFieldTripSchema.shape) },
      { op: paths["/api/v1/field-trips/{id}"].patch, fields: Object.keys(ChangeHeadcountSchema.shape).filter((f) => f !== "bookingId") },
      { op: paths["/api/v1/field-trips/{id}/decline"].post, fields: Object.keys(DeclineFieldTripSchema.shape).filter((f) => f !== "bookingId") },
    ];
    for (const { op, fields } of cases) {
      const schema = requestBodySchema(op);
      expect(schema.type).toBe("object");
      expect(Object.keys(schema.properties ?? {}).sort()).toEqual([...fields].sort());
      expect(schema).not.toHaveProperty("$schema");
    }
    expect(requestBodySchema(paths["/api/v1/field-trips"].post).required?.sort()).toEqual(
      ["slotId", "schoolName", "gradeBand", "students", "chaperones", "tourLanguage"].sort(),
    );
    expect(requestBodySchema(paths["/api/v1/field-trips/{id}/decline"].post)).toEqual(jsonSchemaOf(DeclineFieldTripSchema.omit({ bookingId: true })));
  });

  it("lists the field-trip filters and the csv format as query parameters", () => {
    const list = paths["/api/v1/field-trips"].get.parameters?.map(parameterOf) ?? [];
    expect(list.filter((p) => p.in === "query").map((p) => p.name)).toEqual(["format", "status", "from", "to", "exhibitionId", "locale"]);
  });
});

const booking = (over: Partial<CsvBookingRow> = {}): CsvBookingRow => ({
  reference: "FT-ABC234",
  status: "CONFIRMED",
  schoolName: "Islamabad Model School, F-7/2",
  gradeBand: "GRADES_6_8",
  students: 20,
  chaperones: 2,
  tourLanguage: "en",
  lunchRoom: true,
  specialNeeds: null,
  createdAt: new Date("2026-01-10T08:00:00.000Z"),
  slot: { startsAt: new Date("2026-03-02T04:30:00.000Z"), exhibition: { title: "Road to the Stars" } },
  coordinator: { name: "Nadia Rehman", email: "coordinator@demo.fc.pk" },
  ...over,
});

describe("field-trip CSV export", () => {
  it("has the agreed columns in order", () => {
    const [header] = fieldTripsCsv([]).split("\r\n");
    expect(header).toBe(
      "reference,status,exhibition,starts_at_utc,starts_at_islamabad,school,grade_band,students,chaperones,tour_language,lunch_room,special_needs,coordinator_name,coordinator_email,created_at",
    );
    expect(header.split(",")).toEqual([...FIELD_TRIP_CSV_COLUMNS]);
  });

  it("writes one row per booking, with UTC and Islamabad times", () => {
    const lines = fieldTripsCsv([booking(), booking({ reference: "FT-XYZ789", lunchRoom: false, specialNeeds: "Two wheelchair users" })]).trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(
      'FT-ABC234,CONFIRMED,Road to the Stars,2026-03-02T04:30:00.000Z,2026-03-02 09:30,"Islamabad Model School, F-7/2",GRADES_6_8,20,2,en,yes,,Nadia Rehman,coordinator@demo.fc.pk,2026-01-10T08:00:00.000Z',
    );
    expect(lines[2]).toContain(",no,Two wheelchair users,");
  });

  it("neutralises spreadsheet formulas in free text", () => {
    const [, row] = fieldTripsCsv([booking({ schoolName: "=HYPERLINK(\"x\")" })]).split("\r\n");
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it("shows Islamabad wall-clock time across the UTC date line and names the file by Center date", () => {
    expect(centerDateTimeText(new Date("2026-03-01T20:15:00Z"))).toBe("2026-03-02 01:15");
    expect(fieldTripsCsvFilename(new Date("2026-03-01T20:15:00Z"))).toBe("field-trips-2026-03-02.csv");
  });
});

const exhibition: Exhibition & { _count: { exhibits: number } } = {
  id: "ex1",
  slug: "road-to-the-stars",
  era: "SOVIET",
  title: "Road to the Stars",
  summary: "Rockets and satellites.",
  description: "From Tsiolkovsky to Gagarin.",
  translations: { ru: { title: "Дорога к звёздам" } },
  ageMin: 6,
  ageMax: 18,
  durationMinutes: 90,
  tourLanguages: ["en", "ru"],
  minGroupSize: 5,
  maxGroupSize: 60,
  published: true,
  createdAt: new Date("2026-01-01T00:00:00Z"),
  updatedAt: new Date("2026-01-01T00:00:00Z"),
  _count: { exhibits: 4 },
};

const record: FieldTripBooking = {
  id: "b1",
  reference: "FT-ABC234",
  slotId: "s1",
  coordinatorId: "u1",
  schoolName: "Islamabad Model School",
  gradeBand: "GRADES_6_8",
  students: 20,
  chaperones: 2,
  tourLanguage: "en",
  specialNeeds: null,
  lunchRoom: false,
  status: "PENDING",
  declineReason: null,
  createdAt: new Date("2026-01-10T08:00:00Z"),
  updatedAt: new Date("2026-01-10T08:00:00Z"),
};

describe("serializers", () => {
  it("shows exhibitions' public fields in the reader's language, English as fallback", () => {
    const ru = serializeExhibition(exhibition, "ru");
    expect(ru.title).toBe("Дорога к звёздам");
    expect(ru.summary).toBe("Rockets and satellites.");
    expect(ru.exhibitCount).toBe(4);
    for (const hidden of ["published", "createdAt", "updatedAt", "translations", "_count"]) expect(ru).not.toHaveProperty(hidden);
    expect(serializeExhibition(exhibition, "en").title).toBe("Road to the Stars");
  });

  it("shows places left of a slot, not its capacity or booked count", () => {
    const slot = {
      id: "s1",
      startsAt: new Date("2026-03-02T04:30:00Z"),
      endsAt: new Date("2026-03-02T06:00:00Z"),
      capacity: 80,
      remaining: 58,
      window: "open" as const,
    };
    expect(serializeSlot(slot)).toEqual({ id: "s1", startsAt: slot.startsAt, endsAt: slot.endsAt, remaining: 58, bookingWindow: "open" });
  });

  it("shows a booking without the coordinator's id or phone", () => {
    const json = serializeBooking(
      {
        ...record,
        slot: { id: "s1", startsAt: new Date("2026-03-02T04:30:00Z"), endsAt: new Date("2026-03-02T06:00:00Z"), exhibition },
        coordinator: Object.assign({ name: "Nadia Rehman", email: "coordinator@demo.fc.pk" }, { phone: "+92 333 5550177", locale: "en" }),
      },
      "ru",
    );
    expect(json.coordinator).toEqual({ name: "Nadia Rehman", email: "coordinator@demo.fc.pk" });
    expect(json.slot?.exhibition).toEqual({ id: "ex1", slug: "road-to-the-stars", title: "Дорога к звёздам" });
    expect(json).not.toHaveProperty("coordinatorId");
    expect(JSON.stringify(json)).not.toContain("+92");
  });

  it("leaves out the slot and coordinator when the service did not load them", () => {
    const json = serializeBooking(record, "en");
    expect(json).not.toHaveProperty("slot");
    expect(json).not.toHaveProperty("coordinator");
    expect(JSON.parse(JSON.stringify(json)).createdAt).toBe("2026-01-10T08:00:00.000Z");
  });
});

describe("API input parsing", () => {
  it("reads a slot range as inclusive Center dates", () => {
    expect(parseInput(SlotRangeQuerySchema, { from: "2026-03-02", to: "2026-03-02" })).toEqual({
      from: new Date("2026-03-01T19:00:00.000Z"),
      to: new Date("2026-03-02T19:00:00.000Z"),
    });
    expect(parseInput(SlotRangeQuerySchema, {})).toEqual({ from: undefined, to: undefined });
  });

  it("refuses a bad date, a reversed range and an unknown format as invalid input", () => {
    for (const [schema, input, field] of [
      [SlotRangeQuerySchema, { from: "02/03/2026" }, "from"],
      [SlotRangeQuerySchema, { from: "2026-03-05", to: "2026-03-01" }, "to"],
      [FieldTripListFormatSchema, { format: "xml" }, "format"],
    ] as const) {
      let caught: unknown;
      try {
        parseInput(schema, input);
      } catch (error) {
        caught = error;
      }
      expect(isDomainError(caught) && caught.code).toBe("invalid");
      expect(isDomainError(caught) && caught.issues.map((i) => i.path)).toEqual([field]);
    }
  });

  it("takes the booking id from the path, whatever the body says", () => {
    expect(withBookingId({ students: 20, bookingId: "other" }, "b1")).toEqual({ students: 20, bookingId: "b1" });
    expect(withBookingId(["x"], "b1")).toEqual({ bookingId: "b1" });
    expect(withBookingId(null, "b1")).toEqual({ bookingId: "b1" });
  });
});
