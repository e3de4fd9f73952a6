import { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from "zod-openapi";
import { errorResponses } from "@/lib/api/error-schema";
import { areaOf } from "@/lib/areas";
import { PAGE_PARAMETER_DOCS } from "@/lib/api/paging";
import { LocaleParameter, documentedQuery, pathParameter } from "@/lib/api/parameters";
import {
  BookFieldTripSchema,
  ChangeHeadcountSchema,
  CreateVisitSlotSchema,
  DeclineFieldTripSchema,
  FieldTripBookingsQuerySchema,
} from "../schemas";
import {
  BOOKING_CLOSES_DAYS_BEFORE,
  BOOKING_OPENS_DAYS_BEFORE,
  CHANGES_CLOSE_DAYS_BEFORE,
  CHAPERONE_RATIO,
} from "../rules";
import { FIELD_TRIP_CSV_COLUMNS } from "./csv";
import { ExhibitionListQuerySchema, FieldTripListFormatSchema, SlotListQuerySchema } from "./query-schemas";
import {
  BookingEntrySchema,
  BookingPageSchema,
  BookingSchema,
  ExhibitionPageSchema,
  ExhibitionWithSlotsSchema,
  SlotPageSchema,
  SlotSchema,
} from "./response-schemas";

/**
 * The field-trip area's part of the OpenAPI document: every operation under `/api/v1/exhibitions`
 * and `/api/v1/field-trips`, with request and response bodies as the zod schemas the routes parse
 * and serialize with. Numbers in the prose come from `../rules.ts`.
 */

/** The area's tags, as the area registry names them: the catalogue, then bookings. */
const [EXHIBITIONS_TAG, FIELD_TRIPS_TAG] = areaOf("fieldTrips").openApiTags.map((tag) => tag.name);

/** Request bodies as clients send them: the service schemas without the ids that come from the path. */
export const FIELD_TRIP_REQUEST_BODIES = {
  BookFieldTrip: BookFieldTripSchema.meta({ id: "BookFieldTrip" }),
  ChangeHeadcount: ChangeHeadcountSchema.omit({ bookingId: true }).meta({ id: "ChangeHeadcount" }),
  DeclineFieldTrip: DeclineFieldTripSchema.omit({ bookingId: true }).meta({ id: "DeclineFieldTrip" }),
  CreateVisitSlot: CreateVisitSlotSchema.omit({ exhibitionId: true }).meta({ id: "CreateVisitSlot" }),
} as const;

const BookingId = pathParameter("id", "bookingId", { description: "The booking's id (not its reference)." });
const Slug = pathParameter("slug", "slug", { examples: ["road-to-the-stars"] });

const BOOKING_WINDOW = `Booking opens ${BOOKING_OPENS_DAYS_BEFORE} days and closes ${BOOKING_CLOSES_DAYS_BEFORE} days before the visit`;
const CHAPERONES = `at least one chaperone for every so many students, by grade band (${Object.entries(CHAPERONE_RATIO)
  .map(([band, students]) => `\`${band}\`: ${students}`)
  .join(", ")})`;
const COORDINATOR_DEADLINE = `coordinators until ${CHANGES_CLOSE_DAYS_BEFORE} days before the visit`;

const json = <S extends z.ZodType>(schema: S, description: string) => ({ description, content: { "application/json": { schema } } });
const body = <S extends z.ZodType>(schema: S) => ({ required: true, content: { "application/json": { schema } } });
const booking = (description: string) => json(BookingSchema, description);

const fieldTrips = (operation: Omit<ZodOpenApiOperationObject, "tags">): ZodOpenApiOperationObject => ({ tags: [FIELD_TRIPS_TAG], ...operation });
const exhibitions = (operation: Omit<ZodOpenApiOperationObject, "tags">): ZodOpenApiOperationObject => ({ tags: [EXHIBITIONS_TAG], ...operation });
const PUBLIC: [] = [];

/** A staff or coordinator action on one booking: POST, no body unless given, 200 with the booking. */
function transition(operationId: string, summary: string, description: string, requestBody?: ReturnType<typeof body>) {
  return {
    post: fieldTrips({
      operationId,
      summary,
      description,
      parameters: [BookingId, LocaleParameter],
      ...(requestBody ? { requestBody } : {}),
      responses: { "200": booking("The booking in its new status."), ...errorResponses(401, 403, 404, 409, 422) },
    }),
  };
}

export const FIELD_TRIP_PATHS: ZodOpenApiPathsObject = {
  "/api/v1/exhibitions": {
    get: exhibitions({
      operationId: "listExhibitions",
      summary: "List published exhibitions",
      description: "`sort=era` (default) lists by era, then by title in the request's language; `sort=title` by title alone.",
      security: PUBLIC,
      requestParams: {
        query: documentedQuery(ExhibitionListQuerySchema, {
          ...PAGE_PARAMETER_DOCS,
          age: { description: "A visitor's age in years." },
          language: { description: "A tour language." },
        }),
      },
      parameters: [LocaleParameter],
      responses: { "200": json(ExhibitionPageSchema, "A page of exhibitions."), ...errorResponses(422) },
    }),
  },
  "/api/v1/exhibitions/{slug}": {
    get: exhibitions({
      operationId: "getExhibition",
      summary: "One exhibition with its exhibits and upcoming slots",
      security: PUBLIC,
      parameters: [Slug, LocaleParameter],
      responses: { "200": json(ExhibitionWithSlotsSchema, "The exhibition."), ...errorResponses(404) },
    }),
  },
  "/api/v1/exhibitions/{slug}/slots": {
    get: exhibitions({
      operationId: "listExhibitionSlots",
      summary: "Open visit slots with places left",
      description: "The next open slots from `from` (a bounded number of them, soonest first), a page at a time.",
      security: PUBLIC,
      requestParams: { query: SlotListQuerySchema },
      parameters: [Slug, LocaleParameter],
      responses: { "200": json(SlotPageSchema, "A page of slots."), ...errorResponses(404, 422) },
    }),
    post: exhibitions({
      operationId: "createVisitSlot",
      summary: "Publish a visit slot",
      description: "Staff only. Date and time are Center wall-clock time (Asia/Karachi); the slot lasts the exhibition's duration.",
      parameters: [Slug, LocaleParameter],
      requestBody: body(FIELD_TRIP_REQUEST_BODIES.CreateVisitSlot),
      responses: { "201": json(SlotSchema, "The new slot."), ...errorResponses(401, 403, 404, 409, 422) },
    }),
  },
  "/api/v1/field-trips/booking-entry": {
    get: fieldTrips({
      operationId: "getFieldTripBookingEntry",
      summary: "What the caller may do about a bookable slot",
      description: "Exhibition pages are cached and the same for everyone; they ask this from the browser to show the caller's booking link. Works with or without a session. Never cached.",
      security: [{}, { sessionCookie: [] }],
      responses: { "200": json(BookingEntrySchema, "The caller's booking entry.") },
    }),
  },
  "/api/v1/field-trips": {
    get: fieldTrips({
      operationId: "listFieldTrips",
      summary: "The bookings of the caller's schools, or the staff queue",
      description: [
        "Coordinators get their verified schools' bookings (made by any colleague), latest visit first; staff every booking, soonest visit first. Both take the same filters, paging and sorting.",
        `\`format=csv\` (staff) downloads every booking matching the filters, in the asked order, with the columns ${FIELD_TRIP_CSV_COLUMNS.map((c) => `\`${c}\``).join(", ")}.`,
      ].join("\n\n"),
      requestParams: {
        query: documentedQuery(FieldTripListFormatSchema.extend(FieldTripBookingsQuerySchema.shape), {
          ...PAGE_PARAMETER_DOCS,
          format: { description: "`json` (default) or `csv`." },
          from: { description: "First Center date of the visit (inclusive)." },
          to: { description: "Last Center date of the visit (inclusive)." },
          dir: { description: "Sort direction; the default is `asc` for staff, `desc` for coordinators." },
        }),
      },
      parameters: [LocaleParameter],
      responses: {
        "200": {
          description: "A page of bookings, or with `format=csv` the CSV file.",
          content: {
            "application/json": { schema: BookingPageSchema },
            "text/csv": { schema: z.string() },
          },
          headers: z.object({
            "Content-Disposition": z.string().optional().meta({ description: 'For CSV: `attachment; filename="field-trips-<YYYY-MM-DD>.csv"`.' }),
          }),
        },
        ...errorResponses(401, 403, 422),
      },
    }),
    post: fieldTrips({
      operationId: "bookFieldTrip",
      summary: "Book a visit slot for a school group",
      description: `Verified school coordinators, for one of their verified schools (\`schoolId\` may be left out by a coordinator of one school). ${BOOKING_WINDOW}; ${CHAPERONES}; the group must fit the exhibition's group size and the slot's places.`,
      parameters: [LocaleParameter],
      requestBody: body(FIELD_TRIP_REQUEST_BODIES.BookFieldTrip),
      responses: { "201": booking("The booking, PENDING until staff confirm it."), ...errorResponses(401, 403, 404, 409, 422) },
    }),
  },
  "/api/v1/field-trips/{id}": {
    get: fieldTrips({
      operationId: "getFieldTrip",
      summary: "One booking",
      description: "For its school's coordinators and staff; 404 for everyone else.",
      parameters: [BookingId, LocaleParameter],
      responses: { "200": booking("The booking."), ...errorResponses(404) },
    }),
    patch: fieldTrips({
      operationId: "changeFieldTripHeadcount",
      summary: "Change the number of students and chaperones",
      description: `Pending or confirmed bookings: staff at any time, ${COORDINATOR_DEADLINE}.`,
      parameters: [BookingId, LocaleParameter],
      requestBody: body(FIELD_TRIP_REQUEST_BODIES.ChangeHeadcount),
      responses: { "200": booking("The updated booking."), ...errorResponses(401, 403, 404, 409, 422) },
    }),
  },
  "/api/v1/field-trips/{id}/cancel": transition(
    "cancelFieldTrip",
    "Cancel a booking",
    `Pending or confirmed bookings: staff at any time, its school's ${COORDINATOR_DEADLINE}.`,
  ),
  "/api/v1/field-trips/{id}/confirm": transition("confirmFieldTrip", "Confirm a pending booking", "Staff only."),
  "/api/v1/field-trips/{id}/decline": transition(
    "declineFieldTrip",
    "Decline a pending booking",
    "Staff only; the coordinator is told the reason.",
    body(FIELD_TRIP_REQUEST_BODIES.DeclineFieldTrip),
  ),
  "/api/v1/field-trips/{id}/complete": transition("completeFieldTrip", "Record that a confirmed group came", "Staff only, once the visit has started."),
  "/api/v1/field-trips/{id}/no-show": transition("markFieldTripNoShow", "Record that a confirmed group did not come", "Staff only, once the visit has started."),
  "/api/v1/field-trips/{id}/calendar.ics": {
    get: fieldTrips({
      operationId: "getFieldTripCalendar",
      summary: "The visit as an iCalendar file",
      description: "For its school's coordinators and staff. Title and description in the request's language.",
      parameters: [BookingId, LocaleParameter],
      responses: {
        "200": {
          description: 'An .ics file (`Content-Disposition: attachment; filename="<reference>.ics"`).',
          content: { "text/calendar": { schema: z.string() } },
        },
        ...errorResponses(404),
      },
    }),
  },
};
