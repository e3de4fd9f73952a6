import { z } from "zod";

/**
 * An instant on the wire: ISO 8601 in UTC (`2026-03-02T04:30:00.000Z`), what `Date.toISOString()`
 * writes. The document says `format: date-time` without zod's long validation pattern.
 */
export const IsoDateTime = z.iso.datetime().meta({
  override: ({ jsonSchema }: { jsonSchema: Record<string, unknown> }) => {
    delete jsonSchema.pattern;
  },
});
