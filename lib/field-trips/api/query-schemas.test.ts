import { describe, expect, it } from "vitest";
import { isDomainError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { ExhibitionListQuerySchema, FieldTripListFormatSchema, SlotListQuerySchema } from "./query-schemas";

function fieldsRefused(schema: Parameters<typeof parseInput>[0], input: unknown): string[] {
  try {
    parseInput(schema, input);
  } catch (error) {
    if (isDomainError(error) && error.code === "invalid") return error.issues.map((i) => i.path);
    throw error;
  }
  return [];
}

describe("field-trip API queries", () => {
  it("reads a slot range as inclusive Center dates, with paging defaults", () => {
    expect(parseInput(SlotListQuerySchema, { from: "2026-03-02", to: "2026-03-02" })).toEqual({
      range: { from: new Date("2026-03-01T19:00:00.000Z"), to: new Date("2026-03-02T19:00:00.000Z") },
      page: { page: 1, size: 25, sort: "startsAt", dir: "asc" },
    });
    expect(parseInput(SlotListQuerySchema, { page: "2", size: "10", dir: "desc" }).page).toEqual({ page: 2, size: 10, sort: "startsAt", dir: "desc" });
  });

  it("refuses a bad date, a reversed range, an unknown format or era as invalid input", () => {
    expect(fieldsRefused(SlotListQuerySchema, { from: "02/03/2026" })).toEqual(["from"]);
    expect(fieldsRefused(SlotListQuerySchema, { from: "2026-03-05", to: "2026-03-01" })).toEqual(["to"]);
    expect(fieldsRefused(FieldTripListFormatSchema, { format: "xml" })).toEqual(["format"]);
    expect(fieldsRefused(ExhibitionListQuerySchema, { era: "BRONZE" })).toEqual(["era"]);
  });

  it("reads bad paging values as the defaults rather than failing the list", () => {
    expect(parseInput(ExhibitionListQuerySchema, { page: "0", size: "7", sort: "price", dir: "up" })).toMatchObject({ page: 1, size: 25, sort: "era", dir: "asc" });
  });
});
