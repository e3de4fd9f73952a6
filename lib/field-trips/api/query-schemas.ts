import { z } from "zod";
import { pageQuerySchema } from "@/lib/paging";
import { addDays, centerDayRange } from "@/lib/time/center-time";
import { PAGE_PARAMETER_DOCS } from "@/lib/api/paging";
import { documentedQuery } from "@/lib/api/parameters";
import type { Locale } from "@/lib/i18n/locales";
import { ERAS } from "../rules";
import { inDateOrder, isoDate } from "@/lib/validation";
import { ExhibitionFilterSchema } from "../schemas";
import type { ExhibitionListItemJson, SlotJson } from "./response-schemas";

/** Query schemas only the JSON API reads; the lists pages share live in `../schemas.ts`. */

/** `GET /api/v1/field-trips?format=`: JSON unless asked for CSV; anything else is a 422. */
export const FieldTripListFormatSchema = z.object({
  format: z.enum(["json", "csv"]).optional(),
});

/** `GET /api/v1/exhibitions`: the catalogue filter, paged; `era` orders by era then title. */
export const ExhibitionListQuerySchema = ExhibitionFilterSchema.extend(pageQuerySchema(["era", "title"], { sort: "era", dir: "asc" }).shape);

/**
 * How `sort` orders the catalogue, which the service returns whole (a few dozen exhibitions) by era
 * and then title in the reader's language: `era` keeps that order within each era (the sort is stable).
 */
export function exhibitionListOrder(locale: Locale) {
  const collator = new Intl.Collator(locale);
  return {
    era: (a: ExhibitionListItemJson, b: ExhibitionListItemJson) => ERAS.indexOf(a.era) - ERAS.indexOf(b.era),
    title: (a: ExhibitionListItemJson, b: ExhibitionListItemJson) => collator.compare(a.title, b.title),
  };
}

/**
 * `GET /api/v1/exhibitions/{slug}/slots?from=&to=`: Center calendar dates, both inclusive, read as
 * the UTC range the slot service takes (without `from` it starts at now), paged by start time.
 */
export const SlotListQuerySchema = inDateOrder(
  z.object({
    from: isoDate.optional().meta({ description: "First Center date (inclusive); default: now." }),
    to: isoDate.optional().meta({ description: "Last Center date (inclusive)." }),
    ...documentedQuery(pageQuerySchema(["startsAt"], { sort: "startsAt", dir: "asc" }), PAGE_PARAMETER_DOCS).shape,
  }),
).transform(({ from, to, ...page }) => ({
    range: { from: from ? centerDayRange(from).start : undefined, to: to ? centerDayRange(addDays(to, 1)).start : undefined },
    page,
  }));

/** How `sort` orders an exhibition's slots (ISO instants in UTC sort as text). */
export const SLOT_LIST_ORDER = { startsAt: (a: SlotJson, b: SlotJson) => a.startsAt.localeCompare(b.startsAt) };
