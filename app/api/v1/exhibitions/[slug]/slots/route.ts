import { apiRoute } from "@/lib/http/api-route";
import { getExhibition, listSlotsWithRemaining } from "@/lib/field-trips/catalogue";
import { parseInput } from "@/lib/validation";
import { SlotRangeQuerySchema } from "@/lib/api/query-schemas";
import { searchParamsOf } from "@/lib/api/request-input";
import { serializeSlot } from "@/lib/api/serializers";

/** GET /api/v1/exhibitions/{slug}/slots?from=&to= — open slots with places left (Center dates, inclusive). */
export const GET = apiRoute<{ slug: string }>(async ({ request, params, db }) => {
  const range = parseInput(SlotRangeQuerySchema, searchParamsOf(request));
  const { exhibition } = await getExhibition(db, params.slug);
  const slots = await listSlotsWithRemaining(db, exhibition.id, range);
  return { slots: slots.map(serializeSlot) };
});
