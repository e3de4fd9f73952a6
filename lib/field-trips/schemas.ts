import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { GRADE_BANDS } from "./rules";

const id = z.string().trim().min(1).max(64);
const checkbox = z.union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")]).transform((v) => v === true || v === "on" || v === "true");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.date" });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "validation.time" });

/** A filter field of a GET form: empty means "any". */
const optionalFilter = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

export const ExhibitionFilterSchema = z.object({
  era: optionalFilter(z.enum(["IMPERIAL", "SOVIET", "MODERN"])),
  age: optionalFilter(z.coerce.number().int().min(2).max(99)),
  language: optionalFilter(z.enum(locales)),
});

export const BookFieldTripSchema = z.object({
  slotId: id,
  schoolName: z.string().trim().min(2).max(150),
  gradeBand: z.enum(GRADE_BANDS as [string, ...string[]]),
  students: z.coerce.number().int().min(1).max(500),
  chaperones: z.coerce.number().int().min(0).max(200),
  tourLanguage: z.enum(locales),
  specialNeeds: z.string().trim().max(1000).optional().transform((v) => v || undefined),
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
  reason: z.string().trim().min(5).max(500),
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
  .refine((v) => v.toDate >= v.fromDate, { path: ["toDate"], params: { messageKey: "validation.dateOrder" } });

export const CloseVisitSlotSchema = z.object({ slotId: id });

export const BookingFilterSchema = z.object({
  status: optionalFilter(z.enum(["PENDING", "CONFIRMED", "DECLINED", "CANCELLED", "COMPLETED", "NO_SHOW"])),
  from: optionalFilter(isoDate),
  to: optionalFilter(isoDate),
  exhibitionId: optionalFilter(id),
});
export type BookingFilter = z.output<typeof BookingFilterSchema>;

export const DaySheetSchema = z.object({ date: isoDate });
