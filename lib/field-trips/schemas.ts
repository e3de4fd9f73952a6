import { z } from "zod";
import { ExhibitTranslationsSchema, ExhibitionTranslationsSchema } from "./content";
import { locales } from "@/lib/i18n/locales";
import { pageQuerySchema, type PageQuery } from "@/lib/paging";
import { id, inDateOrder, isoDate, optionalFilter, text } from "@/lib/validation";
import { DECLINE_REASON_LENGTH, ERAS, FIELD_TRIP_STATUSES, GRADE_BANDS, SLOT_STATUSES } from "./rules";

const checkbox = z.union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")]).transform((v) => v === true || v === "on" || v === "true");
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "validation.time" });

export const ExhibitionFilterSchema = z.object({
  era: optionalFilter(z.enum(ERAS)),
  age: optionalFilter(z.coerce.number().int().min(2).max(99)),
  language: optionalFilter(z.enum(locales)),
});

export const BookFieldTripSchema = z.object({
  slotId: id,
  /** The coordinator's verified school the booking is for; may be left out by a coordinator of one school. */
  schoolId: optionalFilter(id),
  gradeBand: z.enum(GRADE_BANDS),
  students: z.coerce.number().int().min(1).max(500),
  chaperones: z.coerce.number().int().min(0).max(200),
  tourLanguage: z.enum(locales),
  specialNeeds: text({ max: 1000, multiline: true }).optional().transform((v) => v || undefined),
  lunchRoom: checkbox.default(false),
});
export type BookFieldTripInput = z.input<typeof BookFieldTripSchema>;

export const ChangeHeadcountSchema = z.object({
  bookingId: id,
  students: z.coerce.number().int().min(1).max(500),
  chaperones: z.coerce.number().int().min(0).max(200),
});

export const BookingIdSchema = z.object({ bookingId: id });

export const DeclineFieldTripSchema = z.object({
  bookingId: id,
  reason: text({ ...DECLINE_REASON_LENGTH, multiline: true }),
});

export const CreateVisitSlotSchema = z.object({
  exhibitionId: id,
  date: isoDate,
  time,
  capacity: z.coerce.number().int().min(1).max(1000),
});

export const SlotSeriesSchema = z
  .object({
    exhibitionId: id,
    fromDate: isoDate,
    toDate: isoDate,
    weekdays: z.array(z.coerce.number().int().min(1).max(7)).min(1),
    times: z.array(time).min(1).max(12),
    capacity: z.coerce.number().int().min(1).max(1000),
  })
  // Not `inDateOrder`: the form names these fields fromDate and toDate.
  .refine((v) => v.toDate >= v.fromDate, { path: ["toDate"], params: { messageKey: "validation.dateOrder" } });

export const CloseVisitSlotSchema = z.object({ slotId: id });

export const BookingFilterSchema = z.object({
  status: optionalFilter(z.enum(FIELD_TRIP_STATUSES)),
  from: optionalFilter(isoDate),
  to: optionalFilter(isoDate),
  exhibitionId: optionalFilter(id),
});
export type BookingFilter = z.output<typeof BookingFilterSchema>;

/** The columns a booking list sorts by (`school` is the school's name as booked). */
export const BOOKING_SORTS = ["startsAt", "createdAt", "reference", "status", "school"] as const;
export type BookingSort = (typeof BOOKING_SORTS)[number];
export type BookingOrder = Pick<PageQuery<BookingSort>, "sort" | "dir">;

/** A coordinator's list (`listMyFieldTrips`): the staff filters, latest visit first. */
export const MyFieldTripsQuerySchema = inDateOrder(BookingFilterSchema.extend(pageQuerySchema(BOOKING_SORTS, { sort: "startsAt", dir: "desc" }).shape));
export type MyFieldTripsQuery = z.output<typeof MyFieldTripsQuerySchema>;

/** The staff queue (`listFieldTripBookings`) and its export: soonest visit first. */
export const FieldTripBookingsQuerySchema = inDateOrder(BookingFilterSchema.extend(pageQuerySchema(BOOKING_SORTS, { sort: "startsAt", dir: "asc" }).shape));
export type FieldTripBookingsQuery = z.output<typeof FieldTripBookingsQuerySchema>;

export const SLOT_SORTS = ["startsAt", "bookedCount", "status"] as const;
export type SlotSort = (typeof SLOT_SORTS)[number];

/** Staff list of upcoming slots (`listUpcomingSlots`). */
export const UpcomingSlotsQuerySchema = z
  .object({
    exhibitionId: optionalFilter(id),
    status: optionalFilter(z.enum(SLOT_STATUSES)),
  })
  .extend(pageQuerySchema(SLOT_SORTS, { sort: "startsAt", dir: "asc" }).shape);
export type UpcomingSlotsQuery = z.output<typeof UpcomingSlotsQuerySchema>;

export const DaySheetSchema = z.object({ date: isoDate });

// ───────────── back office: exhibitions, exhibits, slot edits ─────────────

/** English text of content: required, trimmed, no control characters but line breaks (lib/validation.ts). */
const englishText = (max: number) => text({ min: 1, max, multiline: true });

/** Translations arrive as `{ ru: { title: "…" }, … }`; languages and fields left empty fall back to English. */
const withoutEmptyTranslations = (value: unknown) => {
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, Record<string, unknown>> = {};
  for (const [locale, fields] of Object.entries(value as Record<string, unknown>)) {
    if (typeof fields !== "object" || fields === null) {
      out[locale] = fields as never;
      continue;
    }
    const kept = Object.fromEntries(Object.entries(fields).filter(([, text]) => !(typeof text === "string" && text.trim() === "")));
    if (Object.keys(kept).length) out[locale] = kept;
  }
  return out;
};

export const ExhibitionInputSchema = z
  .object({
    slug: z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "fieldTrips.validation.slug" }).max(80),
    era: z.enum(ERAS),
    title: englishText(200),
    summary: englishText(500),
    description: englishText(10_000),
    translations: z.preprocess(withoutEmptyTranslations, ExhibitionTranslationsSchema).default({}),
    ageMin: z.coerce.number().int().min(2).max(99),
    ageMax: z.coerce.number().int().min(2).max(99),
    durationMinutes: z.coerce.number().int().min(15).max(480),
    tourLanguages: z.array(z.enum(locales)).min(1),
    minGroupSize: z.coerce.number().int().min(1).max(500),
    maxGroupSize: z.coerce.number().int().min(1).max(1000),
  })
  .refine((v) => v.ageMax >= v.ageMin, { path: ["ageMax"], params: { messageKey: "fieldTrips.validation.rangeOrder" } })
  .refine((v) => v.maxGroupSize >= v.minGroupSize, { path: ["maxGroupSize"], params: { messageKey: "fieldTrips.validation.rangeOrder" } });
export type ExhibitionInput = z.output<typeof ExhibitionInputSchema>;

export const ExhibitionIdSchema = z.object({ exhibitionId: id });
export const PublishExhibitionSchema = z.object({ exhibitionId: id, published: checkbox });

export const ExhibitInputSchema = z.object({
  invention: englishText(200),
  inventor: englishText(200),
  year: z.coerce.number().int().min(1000).max(2100),
  story: englishText(10_000),
  translations: z.preprocess(withoutEmptyTranslations, ExhibitTranslationsSchema).default({}),
});
export const CreateExhibitSchema = ExhibitInputSchema.extend({ exhibitionId: id });
export const UpdateExhibitSchema = ExhibitInputSchema.extend({ exhibitId: id });
export const MoveExhibitSchema = z.object({ exhibitId: id, direction: z.enum(["up", "down"]) });

/** Staff change a slot's Center date, time and capacity. */
export const EditVisitSlotSchema = z.object({
  slotId: id,
  date: isoDate,
  time,
  capacity: z.coerce.number().int().min(1).max(1000),
});

export const EXHIBITION_SORTS = ["title", "era", "updatedAt", "published"] as const;
export type ExhibitionSort = (typeof EXHIBITION_SORTS)[number];
/** The back-office list of every exhibition, published or not. */
export const StaffExhibitionsQuerySchema = pageQuerySchema(EXHIBITION_SORTS, { sort: "title", dir: "asc" });
export type StaffExhibitionsQuery = z.output<typeof StaffExhibitionsQuerySchema>;
