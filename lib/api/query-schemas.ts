import { z } from "zod";
import { addDays, centerDayRange } from "@/lib/time/center-time";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.date" });

/** `GET /api/v1/field-trips?format=`: JSON unless asked for CSV; anything else is a 422. */
export const FieldTripListFormatSchema = z.object({
  format: z.enum(["json", "csv"]).optional(),
});

/**
 * `GET /api/v1/exhibitions/{slug}/slots?from=&to=`: Center calendar dates, both inclusive, read as
 * the UTC range the slot service takes. Without `from` the service starts at now.
 */
export const SlotRangeQuerySchema = z
  .object({ from: isoDate.optional(), to: isoDate.optional() })
  .refine((v) => !v.from || !v.to || v.to >= v.from, { path: ["to"], params: { messageKey: "validation.dateOrder" } })
  .transform(({ from, to }) => ({
    from: from ? centerDayRange(from).start : undefined,
    to: to ? centerDayRange(addDays(to, 1)).start : undefined,
  }));
