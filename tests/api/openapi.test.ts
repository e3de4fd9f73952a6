import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { API_PATHS, API_SECTIONS } from "@/lib/api/api-paths";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { AREAS } from "@/lib/areas";
import { BOOKING_CLOSES_DAYS_BEFORE, BOOKING_OPENS_DAYS_BEFORE, CHANGES_CLOSE_DAYS_BEFORE } from "@/lib/field-trips/rules";
import { BookFieldTripSchema, ChangeHeadcountSchema, DeclineFieldTripSchema } from "@/lib/field-trips/schemas";
import { PAGE_SIZES } from "@/lib/paging";

// The OpenAPI document against the route files and the zod schemas it is generated from.

const API_ROOT = path.resolve(__dirname, "../../app/api/v1");

type JsonSchema = { type?: unknown; properties?: Record<string, JsonSchema>; required?: string[]; $ref?: string; enum?: unknown[]; additionalProperties?: unknown };
type Parameter = { name: string; in: string; required?: boolean; schema?: JsonSchema; $ref?: string };
type Response = { $ref?: string; content?: Record<string, { schema?: JsonSchema }> };
type Operation = { operationId?: string; tags?: string[]; description?: string; responses?: Record<string, Response>; parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } };

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

const doc = await buildOpenApiDocument();
const paths = doc.paths as unknown as Record<string, Record<string, Operation>>;
const operations = Object.entries(paths).flatMap(([url, item]) => Object.entries(item).map(([method, op]) => ({ url, method, op })));

function resolveRef(ref: string): unknown {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
}
const resolved = <T>(node: T & { $ref?: string }): T => (node.$ref ? (resolveRef(node.$ref) as T) : node);

function refsIn(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refsIn);
  if (node && typeof node === "object") {
    return Object.entries(node).flatMap(([key, value]) => (key === "$ref" && typeof value === "string" ? [value] : refsIn(value)));
  }
  return [];
}

const requestBodySchema = (op: Operation) => resolved(op.requestBody!.content["application/json"].schema);
const queryParameters = (op: Operation) => (op.parameters ?? []).map(resolved).filter((p) => p.in === "query");

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 with a title and version", () => {
    expect(doc.openapi).toBe("3.1.0");
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

  it("gives every operation a unique id, a declared tag and a success response", () => {
    const ids = operations.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const tags = (doc.tags ?? []).map((t) => t.name);
    expect(tags).toEqual(API_SECTIONS.flatMap((section) => section.tags.map((t) => t.name)));
    for (const { url, method, op } of operations) {
      expect(op.operationId, `${method} ${url}`).toBeTruthy();
      expect(op.tags?.length, `${method} ${url}`).toBe(1);
      expect(tags).toContain(op.tags?.[0]);
      expect(Object.keys(op.responses ?? {}).some((status) => /^2\d\d$/.test(status)), `${method} ${url}`).toBe(true);
    }
    expect(Object.keys(paths["/api/v1/field-trips"].post.responses ?? {})).toContain("201");
    expect(Object.keys(paths["/api/v1/field-trips/{id}/confirm"].post.responses ?? {})).toContain("200");
  });

  it("takes the areas' tags and their English descriptions from the area registry", () => {
    for (const tag of AREAS.flatMap((area) => area.openApiTags)) {
      const documented = doc.tags?.find((t) => t.name === tag.name);
      expect(documented?.description, tag.name).toBeTruthy();
      expect(documented?.description).not.toBe(tag.descriptionKey);
    }
  });

  it("documents the error shape once and every 4xx as a shared response with it", () => {
    const statuses = new Set(operations.flatMap(({ op }) => Object.keys(op.responses ?? {})));
    for (const status of ["401", "403", "404", "409", "422"]) expect(statuses).toContain(status);
    const error = doc.components?.schemas?.Error as JsonSchema;
    expect(error.properties?.error.required).toEqual(["code", "message", "fieldErrors"]);
    expect(error.required).toEqual(["error"]);
    for (const { op } of operations) {
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        if (!/^4\d\d$/.test(status)) continue;
        expect(response.$ref).toMatch(/^#\/components\/responses\//);
        expect(resolved(response).content?.["application/json"].schema?.$ref).toBe("#/components/schemas/Error");
      }
    }
  });

  it("gives every response body a schema and resolves every $ref", () => {
    for (const { url, method, op } of operations) {
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        for (const [type, media] of Object.entries(resolved(response).content ?? {})) expect(media.schema, `${method} ${url} ${status} ${type}`).toBeDefined();
      }
    }
    for (const ref of refsIn(doc)) expect(resolveRef(ref), ref).toBeDefined();
  });

  it("declares each path template parameter as a required path parameter", () => {
    for (const { url, method, op } of operations) {
      const names = [...url.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = (op.parameters ?? []).map(resolved).filter((p) => p.in === "path");
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
    }
    expect(requestBodySchema(paths["/api/v1/field-trips"].post).required?.sort()).toEqual(["slotId", "gradeBand", "students", "chaperones", "tourLanguage"].sort());
    expect(requestBodySchema(paths["/api/v1/field-trips/{id}/decline"].post).required).toEqual(["reason"]);
  });

  it("generates response bodies from the serializers' zod schemas, strict so nothing undeclared slips out", () => {
    const booking = doc.components?.schemas?.Booking as JsonSchema;
    expect(booking.additionalProperties).toBe(false);
    expect(booking.required).toEqual(expect.arrayContaining(["id", "reference", "status", "schoolId", "slot", "actions"]));
    expect(booking.required).not.toContain("coordinator");
    const ok = paths["/api/v1/field-trips/{id}"].get.responses?.["200"].content?.["application/json"].schema;
    expect(ok?.$ref).toBe("#/components/schemas/Booking");
  });

  it("answers every list with one page and takes page, size, sort and dir", () => {
    for (const url of ["/api/v1/exhibitions", "/api/v1/exhibitions/{slug}/slots", "/api/v1/field-trips"]) {
      const op = paths[url].get;
      const page = resolved(op.responses!["200"].content!["application/json"].schema!);
      expect(Object.keys(page.properties ?? {}), url).toEqual(["items", "total", "page", "size", "pageCount"]);
      const query = queryParameters(op);
      expect(query.map((p) => p.name), url).toEqual(expect.arrayContaining(["page", "size", "sort", "dir", "locale"]));
      expect(query.find((p) => p.name === "size")?.schema?.enum).toEqual([...PAGE_SIZES]);
    }
    expect(queryParameters(paths["/api/v1/field-trips"].get).map((p) => p.name)).toEqual([
      "format", "status", "from", "to", "exhibitionId", "page", "size", "sort", "dir", "locale",
    ]);
    expect(Object.keys(paths["/api/v1/field-trips"].get.responses!["200"].content ?? {})).toEqual(["application/json", "text/csv"]);
  });

  it("states the field-trip rules with the numbers of rules.ts", () => {
    const book = paths["/api/v1/field-trips"].post.description ?? "";
    expect(book).toContain(`opens ${BOOKING_OPENS_DAYS_BEFORE} days and closes ${BOOKING_CLOSES_DAYS_BEFORE} days before`);
    expect(paths["/api/v1/field-trips/{id}/cancel"].post.description).toContain(`${CHANGES_CLOSE_DAYS_BEFORE} days before`);
  });

  it("has a zod schema behind every documented body, for the response checks of the API tests", () => {
    for (const [url, item] of Object.entries(API_PATHS)) {
      for (const [method, op] of Object.entries(item)) {
        for (const [status, response] of Object.entries((op as { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }).responses)) {
          for (const [type, media] of Object.entries(response.content ?? {})) expect(media.schema, `${method} ${url} ${status} ${type}`).toBeInstanceOf(z.ZodType);
        }
      }
    }
  });
});
