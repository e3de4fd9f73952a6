import { z } from "zod";
import {
  BookFieldTripSchema,
  BookingFilterSchema,
  ChangeHeadcountSchema,
  CreateVisitSlotSchema,
  DeclineFieldTripSchema,
  ExhibitionFilterSchema,
} from "@/lib/field-trips/schemas";
import { GRADE_BANDS } from "@/lib/field-trips/rules";
import { locales } from "@/lib/i18n/locales";
import { FIELD_TRIP_CSV_COLUMNS } from "./field-trip-csv";
import { FieldTripListFormatSchema, SlotRangeQuerySchema } from "./query-schemas";

/**
 * The OpenAPI 3.1 document for `/api/v1`. Request bodies and query parameters are generated from
 * the same zod schemas the services parse with, so the docs cannot drift from validation; response
 * bodies are written by hand after lib/api/serializers.ts.
 */

type JsonSchema = { [key: string]: unknown };

/** Request bodies as clients send them: the service schemas without the id that comes from the path. */
export const REQUEST_BODY_SCHEMAS = {
  BookFieldTrip: BookFieldTripSchema,
  ChangeHeadcount: ChangeHeadcountSchema.omit({ bookingId: true }),
  DeclineFieldTrip: DeclineFieldTripSchema.omit({ bookingId: true }),
  CreateVisitSlot: CreateVisitSlotSchema.omit({ exhibitionId: true }),
} as const;

/** The input side of a zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect, so no `$schema`). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const json: JsonSchema = { ...z.toJSONSchema(schema, { io: "input" }) };
  delete json.$schema;
  return json;
}

/** One query parameter per property of an object schema. */
function queryParameters(schema: z.ZodType, descriptions: Record<string, string> = {}) {
  const json = jsonSchemaOf(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    ...(descriptions[name] ? { description: descriptions[name] } : {}),
    schema: property,
  }));
}

const ERROR_RESPONSES = {
  401: { name: "Unauthenticated", description: "Not signed in (code `unauthenticated`)." },
  403: { name: "Forbidden", description: "Signed in but not allowed, or the account awaits verification (code `forbidden`)." },
  404: { name: "NotFound", description: "No such record, or not one the caller may see (code `not_found`)." },
  409: { name: "Conflict", description: "The request clashes with the current state: slot full or closed, wrong status (code `conflict`)." },
  422: { name: "Invalid", description: "Invalid input or a broken rule, with per-field messages (code `invalid`)." },
} as const;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema, description: string) => ({ description, content: { "application/json": { schema } } });
const body = (name: keyof typeof REQUEST_BODY_SCHEMAS) => ({ required: true, content: { "application/json": { schema: ref(name) } } });
const errors = (...statuses: (401 | 403 | 404 | 409 | 422)[]) =>
  Object.fromEntries(statuses.map((status) => [String(status), { $ref: `#/components/responses/${ERROR_RESPONSES[status].name}` }]));

const LOCALE_PARAMETER = { $ref: "#/components/parameters/locale" };
const BOOKING_ID = { $ref: "#/components/parameters/bookingId" };
const SLUG = { $ref: "#/components/parameters/slug" };
const SESSION = [{ sessionCookie: [] }];
const PUBLIC: never[] = [];

const booking = (description: string) => json(ref("Booking"), description);

/** A staff or coordinator action on one booking: POST, no body unless given, 200 with the booking. */
function transition(summary: string, description: string, operationId: string, requestBody?: ReturnType<typeof body>) {
  return {
    post: {
      tags: ["Field trips"],
      operationId,
      summary,
      description,
      parameters: [BOOKING_ID, LOCALE_PARAMETER],
      ...(requestBody ? { requestBody } : {}),
      responses: { "200": booking("The booking in its new status."), ...errors(401, 403, 404, 409, 422) },
    },
  };
}

const SCHEMAS: Record<string, JsonSchema> = {
  Error: {
    type: "object",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["code", "message", "fieldErrors"],
        properties: {
          code: { type: "string", enum: ["invalid", "unauthenticated", "forbidden", "not_found", "conflict", "rate_limited", "internal"] },
          message: { type: "string", description: "In the request's language." },
          fieldErrors: {
            type: "object",
            additionalProperties: { type: "string" },
            description: "Field path (e.g. `chaperones`) → message in the request's language.",
          },
        },
      },
    },
  },
  Health: {
    type: "object",
    required: ["status", "database", "migrations"],
    properties: {
      status: { type: "string", enum: ["ok", "degraded", "down"] },
      database: {
        type: "object",
        required: ["reachable"],
        properties: { reachable: { type: "boolean" }, latencyMs: { type: "integer" }, error: { type: "string" } },
      },
      migrations: {
        type: "object",
        required: ["applied", "pending", "failed"],
        properties: {
          applied: { type: "integer" },
          pending: { type: "array", items: { type: "string" } },
          failed: { type: "array", items: { type: "string" } },
        },
      },
    },
  },
  Exhibition: {
    type: "object",
    description: "Title, summary and description are in the request's language, falling back to English.",
    required: ["id", "slug", "era", "title", "summary", "description", "ageMin", "ageMax", "durationMinutes", "tourLanguages", "minGroupSize", "maxGroupSize"],
    properties: {
      id: { type: "string" },
      slug: { type: "string" },
      era: { type: "string", enum: ["IMPERIAL", "SOVIET", "MODERN"] },
      title: { type: "string" },
      summary: { type: "string" },
      description: { type: "string" },
      ageMin: { type: "integer" },
      ageMax: { type: "integer" },
      durationMinutes: { type: "integer" },
      tourLanguages: { type: "array", items: { type: "string", enum: [...locales] } },
      minGroupSize: { type: "integer", description: "Students and chaperones together." },
      maxGroupSize: { type: "integer", description: "Students and chaperones together." },
      exhibitCount: { type: "integer", description: "In lists only." },
    },
  },
  Exhibit: {
    type: "object",
    required: ["id", "position", "invention", "inventor", "year", "story"],
    properties: {
      id: { type: "string" },
      position: { type: "integer" },
      invention: { type: "string" },
      inventor: { type: "string" },
      year: { type: "integer" },
      story: { type: "string" },
    },
  },
  ExhibitionDetail: {
    allOf: [ref("Exhibition"), { type: "object", required: ["exhibits"], properties: { exhibits: { type: "array", items: ref("Exhibit") } } }],
  },
  Slot: {
    type: "object",
    required: ["id", "startsAt", "endsAt", "remaining", "bookingWindow"],
    properties: {
      id: { type: "string" },
      startsAt: { type: "string", format: "date-time", description: "UTC; the Center shows Asia/Karachi (UTC+05:00)." },
      endsAt: { type: "string", format: "date-time" },
      remaining: { type: "integer", minimum: 0, description: "Places left for students and chaperones." },
      bookingWindow: {
        type: "string",
        enum: ["notOpenYet", "open", "closed"],
        description: "Booking opens 180 days and closes 3 days before the visit.",
      },
    },
  },
  Booking: {
    type: "object",
    required: [
      "id", "reference", "status", "declineReason", "slotId", "schoolName", "gradeBand", "students", "chaperones",
      "tourLanguage", "specialNeeds", "lunchRoom", "createdAt", "updatedAt", "slot",
    ],
    properties: {
      id: { type: "string" },
      reference: { type: "string", examples: ["FT-7K3QX9"] },
      status: { type: "string", enum: ["PENDING", "CONFIRMED", "DECLINED", "CANCELLED", "COMPLETED", "NO_SHOW"] },
      declineReason: { type: ["string", "null"] },
      slotId: { type: "string" },
      schoolName: { type: "string" },
      gradeBand: { type: "string", enum: GRADE_BANDS },
      students: { type: "integer" },
      chaperones: { type: "integer" },
      tourLanguage: { type: "string", enum: [...locales] },
      specialNeeds: { type: ["string", "null"] },
      lunchRoom: { type: "boolean" },
      createdAt: { type: "string", format: "date-time" },
      updatedAt: { type: "string", format: "date-time" },
      slot: {
        type: "object",
        description: "The visit slot and its exhibition.",
        required: ["id", "startsAt", "endsAt", "exhibition"],
        properties: {
          id: { type: "string" },
          startsAt: { type: "string", format: "date-time" },
          endsAt: { type: "string", format: "date-time" },
          exhibition: {
            type: "object",
            required: ["id", "slug", "title"],
            properties: { id: { type: "string" }, slug: { type: "string" }, title: { type: "string" } },
          },
        },
      },
      coordinator: {
        type: "object",
        description: "Only for staff, and for the coordinator on a single booking.",
        required: ["name", "email"],
        properties: { name: { type: "string" }, email: { type: "string", format: "email" } },
      },
    },
  },
  ...Object.fromEntries(Object.entries(REQUEST_BODY_SCHEMAS).map(([name, schema]) => [name, jsonSchemaOf(schema)])),
};

export function buildOpenApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Friendship Center portal API",
      version: "1.0.0",
      description: [
        "The JSON API of the Russian–Pakistani Friendship Center portal, over the same services as the web UI.",
        "Authentication is the web session cookie: sign in at `/en/sign-in` and send the cookie.",
        "Errors are `{ error: { code, message, fieldErrors } }` with messages in the language of `?locale=` or `Accept-Language` (en, ru, ur, zh, fa).",
        "Times are UTC (ISO 8601); the Center's zone is Asia/Karachi (UTC+05:00).",
      ].join("\n\n"),
    },
    servers: [{ url: "/" }],
    security: SESSION,
    tags: [
      { name: "System", description: "Health and this document." },
      { name: "Exhibitions", description: "The public field-trip catalogue." },
      { name: "Field trips", description: "Bookings by school coordinators, managed by staff." },
    ],
    paths: {
      "/api/v1/health": {
        get: {
          tags: ["System"],
          operationId: "getHealth",
          summary: "Health check",
          security: PUBLIC,
          responses: {
            "200": json(ref("Health"), "The database is reachable and migrated."),
            "503": json(ref("Health"), "The database is unreachable or migrations are pending."),
          },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          tags: ["System"],
          operationId: "getOpenApiDocument",
          summary: "This OpenAPI document",
          security: PUBLIC,
          responses: { "200": json({ type: "object" }, "An OpenAPI 3.1 document.") },
        },
      },
      "/api/v1/exhibitions": {
        get: {
          tags: ["Exhibitions"],
          operationId: "listExhibitions",
          summary: "List published exhibitions",
          description: "Unknown or out-of-range filter values are ignored.",
          security: PUBLIC,
          parameters: [
            ...queryParameters(ExhibitionFilterSchema, { age: "A visitor's age in years.", language: "A tour language." }),
            LOCALE_PARAMETER,
          ],
          responses: {
            "200": json(
              {
                type: "object",
                required: ["filter", "exhibitions"],
                properties: {
                  filter: { type: "object", description: "The filter as applied." },
                  exhibitions: { type: "array", items: ref("Exhibition") },
                },
              },
              "Exhibitions by era, then title.",
            ),
          },
        },
      },
      "/api/v1/exhibitions/{slug}": {
        get: {
          tags: ["Exhibitions"],
          operationId: "getExhibition",
          summary: "One exhibition with its exhibits and upcoming slots",
          security: PUBLIC,
          parameters: [SLUG, LOCALE_PARAMETER],
          responses: {
            "200": json(
              {
                type: "object",
                required: ["exhibition", "slots"],
                properties: { exhibition: ref("ExhibitionDetail"), slots: { type: "array", items: ref("Slot") } },
              },
              "The exhibition.",
            ),
            ...errors(404),
          },
        },
      },
      "/api/v1/exhibitions/{slug}/slots": {
        get: {
          tags: ["Exhibitions"],
          operationId: "listExhibitionSlots",
          summary: "Open visit slots with places left",
          description: "At most 200 slots, soonest first.",
          security: PUBLIC,
          parameters: [
            SLUG,
            ...queryParameters(SlotRangeQuerySchema, {
              from: "First Center date (inclusive); default: now.",
              to: "Last Center date (inclusive).",
            }),
            LOCALE_PARAMETER,
          ],
          responses: {
            "200": json({ type: "object", required: ["slots"], properties: { slots: { type: "array", items: ref("Slot") } } }, "The slots."),
            ...errors(404, 422),
          },
        },
        post: {
          tags: ["Exhibitions"],
          operationId: "createVisitSlot",
          summary: "Publish a visit slot",
          description: "Staff only. Date and time are Center wall-clock time (Asia/Karachi); the slot lasts the exhibition's duration.",
          security: SESSION,
          parameters: [SLUG, LOCALE_PARAMETER],
          requestBody: body("CreateVisitSlot"),
          responses: { "201": json(ref("Slot"), "The new slot."), ...errors(401, 403, 404, 409, 422) },
        },
      },
      "/api/v1/field-trips": {
        get: {
          tags: ["Field trips"],
          operationId: "listFieldTrips",
          summary: "A coordinator's own bookings, or the staff queue",
          description: [
            "Coordinators get their own bookings, latest visit first; staff the whole queue, soonest first. Both take the same filters.",
            "Staff get every booking matching the filters, soonest visit first (at most 500).",
            `\`format=csv\` (staff) downloads the same list as CSV with the columns ${FIELD_TRIP_CSV_COLUMNS.map((c) => `\`${c}\``).join(", ")}.`,
          ].join("\n\n"),
          parameters: [
            ...queryParameters(FieldTripListFormatSchema, { format: "`json` (default) or `csv`." }),
            ...queryParameters(BookingFilterSchema, {
              from: "First Center date of the visit (inclusive).",
              to: "Last Center date of the visit (inclusive).",
            }),
            LOCALE_PARAMETER,
          ],
          responses: {
            "200": {
              description: "The bookings.",
              content: {
                "application/json": {
                  schema: { type: "object", required: ["fieldTrips"], properties: { fieldTrips: { type: "array", items: ref("Booking") } } },
                },
                "text/csv": { schema: { type: "string" } },
              },
              headers: {
                "Content-Disposition": {
                  description: 'For CSV: `attachment; filename="field-trips-<YYYY-MM-DD>.csv"`.',
                  schema: { type: "string" },
                },
              },
            },
            ...errors(401, 403, 422),
          },
        },
        post: {
          tags: ["Field trips"],
          operationId: "bookFieldTrip",
          summary: "Book a visit slot for a school group",
          description:
            "Verified school coordinators. Booking opens 180 days and closes 3 days before the visit; chaperones per students by grade band (pre-K/K 1:4, grades 1–2 1:6, grades 3–12 1:10); the group must fit the exhibition's group size and the slot's places.",
          parameters: [LOCALE_PARAMETER],
          requestBody: body("BookFieldTrip"),
          responses: { "201": booking("The booking, PENDING until staff confirm it."), ...errors(401, 403, 404, 409, 422) },
        },
      },
      "/api/v1/field-trips/{id}": {
        get: {
          tags: ["Field trips"],
          operationId: "getFieldTrip",
          summary: "One booking",
          description: "For its coordinator and staff; 404 for everyone else.",
          parameters: [BOOKING_ID, LOCALE_PARAMETER],
          responses: { "200": booking("The booking."), ...errors(404) },
        },
        patch: {
          tags: ["Field trips"],
          operationId: "changeFieldTripHeadcount",
          summary: "Change the number of students and chaperones",
          description: "Pending or confirmed bookings; coordinators until 7 days before the visit.",
          parameters: [BOOKING_ID, LOCALE_PARAMETER],
          requestBody: body("ChangeHeadcount"),
          responses: { "200": booking("The updated booking."), ...errors(401, 403, 404, 409, 422) },
        },
      },
      "/api/v1/field-trips/{id}/cancel": transition(
        "Cancel a booking",
        "Its coordinator (until 7 days before the visit) or staff; pending or confirmed bookings.",
        "cancelFieldTrip",
      ),
      "/api/v1/field-trips/{id}/confirm": transition("Confirm a pending booking", "Staff only.", "confirmFieldTrip"),
      "/api/v1/field-trips/{id}/decline": transition(
        "Decline a pending booking",
        "Staff only; the coordinator is told the reason.",
        "declineFieldTrip",
        body("DeclineFieldTrip"),
      ),
      "/api/v1/field-trips/{id}/complete": transition(
        "Record that a confirmed group came",
        "Staff only, once the visit has started.",
        "completeFieldTrip",
      ),
      "/api/v1/field-trips/{id}/no-show": transition(
        "Record that a confirmed group did not come",
        "Staff only, once the visit has started.",
        "markFieldTripNoShow",
      ),
      "/api/v1/field-trips/{id}/calendar.ics": {
        get: {
          tags: ["Field trips"],
          operationId: "getFieldTripCalendar",
          summary: "The visit as an iCalendar file",
          description: "For its coordinator and staff. Title and description in the request's language.",
          parameters: [BOOKING_ID, LOCALE_PARAMETER],
          responses: {
            "200": {
              description: 'An .ics file (`Content-Disposition: attachment; filename="<reference>.ics"`).',
              content: { "text/calendar": { schema: { type: "string" } } },
            },
            ...errors(404),
          },
        },
      },
    },
    components: {
      securitySchemes: {
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The web session (`__Secure-next-auth.session-token` over HTTPS).",
        },
      },
      parameters: {
        locale: {
          name: "locale",
          in: "query",
          required: false,
          description: "Language of messages and content; otherwise the first supported language in `Accept-Language`, then English.",
          schema: { type: "string", enum: [...locales] },
        },
        bookingId: { name: "id", in: "path", required: true, description: "The booking's id (not its reference).", schema: { type: "string" } },
        slug: { name: "slug", in: "path", required: true, schema: { type: "string" }, examples: { default: { value: "road-to-the-stars" } } },
      },
      schemas: SCHEMAS,
      responses: Object.fromEntries(Object.values(ERROR_RESPONSES).map(({ name, description }) => [name, json(ref("Error"), description)])),
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
