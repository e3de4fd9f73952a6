import { z } from "zod";
import { IsoDateTime } from "@/lib/api/json-values";
import { pageSchema } from "@/lib/api/paging";
import { locales } from "@/lib/i18n/locales";
import { BOOKING_OPENS_DAYS_BEFORE, BOOKING_CLOSES_DAYS_BEFORE, ERAS, FIELD_TRIP_STATUSES, GRADE_BANDS } from "../rules";
import { BOOKING_ACTIONS, BOOKING_ENTRIES } from "../policy";

/**
 * What the JSON API shows of the area's records, as zod schemas: the serializers are typed by them,
 * the OpenAPI document is generated from them, and the API tests parse every response with them.
 * Objects are strict, so a field that reaches a response without being declared here fails a test.
 */

const count = () => z.int().min(0);
const TourLanguage = z.enum(locales);

const exhibitionFields = {
  id: z.string(),
  slug: z.string(),
  era: z.enum(ERAS),
  title: z.string(),
  summary: z.string(),
  description: z.string(),
  ageMin: count(),
  ageMax: count(),
  durationMinutes: count(),
  tourLanguages: z.array(TourLanguage),
  minGroupSize: count().meta({ description: "Students and chaperones together." }),
  maxGroupSize: count().meta({ description: "Students and chaperones together." }),
};
const IN_READERS_LANGUAGE = "Title, summary and description are in the request's language, falling back to English.";

/** A published exhibition in the catalogue list. */
export const ExhibitionListItemSchema = z
  .strictObject({ ...exhibitionFields, exhibitCount: count() })
  .meta({ id: "ExhibitionListItem", description: IN_READERS_LANGUAGE });

/** One exhibit of an exhibition, in the request's language. */
export const ExhibitSchema = z
  .strictObject({
    id: z.string(),
    position: count(),
    invention: z.string(),
    inventor: z.string(),
    year: z.int(),
    story: z.string(),
  })
  .meta({ id: "Exhibit", description: "Invention, inventor and story are in the request's language, falling back to English." });

/** A published exhibition with its exhibits in order. */
export const ExhibitionDetailSchema = z
  .strictObject({ ...exhibitionFields, exhibits: z.array(ExhibitSchema) })
  .meta({ id: "ExhibitionDetail", description: IN_READERS_LANGUAGE });

/** A visit slot as bookers see it: places left, never capacity or booked count. */
export const SlotSchema = z
  .strictObject({
    id: z.string(),
    startsAt: IsoDateTime.meta({ description: "UTC; the Center shows Asia/Karachi (UTC+05:00)." }),
    endsAt: IsoDateTime,
    remaining: count().meta({ description: "Places left for students and chaperones." }),
    bookingWindow: z.enum(["notOpenYet", "open", "closed"]).meta({
      description: `Booking opens ${BOOKING_OPENS_DAYS_BEFORE} days and closes ${BOOKING_CLOSES_DAYS_BEFORE} days before the visit.`,
    }),
    bookable: z.boolean().meta({ description: "Whether the slot takes a booking now: open, in the booking window, with places left." }),
  })
  .meta({ id: "Slot" });

/** A booking for the people entitled to it (its school's coordinators, staff). */
export const BookingSchema = z
  .strictObject({
    id: z.string(),
    reference: z.string().meta({ examples: ["FT-7K3QX9"] }),
    status: z.enum(FIELD_TRIP_STATUSES),
    declineReason: z.string().nullable(),
    slotId: z.string(),
    schoolId: z.string().meta({ description: "The school the booking belongs to; its verified coordinators share it." }),
    schoolName: z.string().meta({ description: "The school's name when the booking was made." }),
    gradeBand: z.enum(GRADE_BANDS),
    students: count(),
    chaperones: count(),
    tourLanguage: TourLanguage,
    specialNeeds: z.string().nullable(),
    lunchRoom: z.boolean(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    slot: z
      .strictObject({
        id: z.string(),
        startsAt: IsoDateTime,
        endsAt: IsoDateTime,
        exhibition: z.strictObject({ id: z.string(), slug: z.string(), title: z.string().meta({ description: "In the request's language." }) }),
      })
      .meta({ description: "The visit slot and its exhibition." }),
    coordinator: z
      .strictObject({ name: z.string(), email: z.email() })
      .optional()
      .meta({ description: "Who made the booking: for staff, and for the school's coordinators on a single booking." }),
    actions: z
      .array(z.enum(BOOKING_ACTIONS))
      .meta({ description: "What the caller may do with the booking now (each is an operation on `/api/v1/field-trips/{id}`)." }),
  })
  .meta({ id: "Booking" });

export const ExhibitionPageSchema = pageSchema(ExhibitionListItemSchema, "ExhibitionPage", "Published exhibitions.");
export const SlotPageSchema = pageSchema(SlotSchema, "SlotPage", "Open visit slots.");
export const BookingPageSchema = pageSchema(BookingSchema, "BookingPage", "Bookings the caller may see.");

/** `GET /api/v1/field-trips/booking-entry`. */
export const BookingEntrySchema = z
  .strictObject({
    entry: z.enum(BOOKING_ENTRIES).meta({
      description: "`book`: a verified coordinator; `signIn`: a visitor; `awaitVerification`: a coordinator awaiting verification; `none`: anyone else.",
    }),
  })
  .meta({ id: "BookingEntry" });

/** `GET /api/v1/exhibitions/{slug}`. */
export const ExhibitionWithSlotsSchema = z.strictObject({ exhibition: ExhibitionDetailSchema, slots: z.array(SlotSchema) });

export type ExhibitionListItemJson = z.output<typeof ExhibitionListItemSchema>;
export type ExhibitJson = z.output<typeof ExhibitSchema>;
export type ExhibitionDetailJson = z.output<typeof ExhibitionDetailSchema>;
export type SlotJson = z.output<typeof SlotSchema>;
export type BookingJson = z.output<typeof BookingSchema>;
