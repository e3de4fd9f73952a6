import { apiRoute, readJson } from "@/lib/http/api-route";
import { createVisitSlot } from "@/lib/field-trips/manage-slots";
import { findPublishedExhibition, listSlotsWithRemaining, withPlacesLeft } from "@/lib/field-trips/catalogue";
import { parseInput } from "@/lib/validation";
import { SlotRangeQuerySchema } from "@/lib/api/query-schemas";
import { searchParamsOf } from "@/lib/api/request-input";
import { serializeSlot } from "@/lib/api/serializers";

/** GET /api/v1/exhibitions/{slug}/slots?from=&to= — open slots with places left (Center dates, inclusive). */
export const GET = apiRoute<{ slug: string }>(async ({ request, params, db }) => {
  const range = parseInput(SlotRangeQuerySchema, searchParamsOf(request));
  const exhibition = await findPublishedExhibition(db, params.slug);
  const slots = await listSlotsWithRemaining(db, exhibition.id, range);
  return { slots: slots.map(serializeSlot) };
});

/** POST /api/v1/exhibitions/{slug}/slots — staff publish one slot: `{ date, time, capacity }` in Center time. */
export const POST = apiRoute<{ slug: string }>(async ({ request, params, db, actor }) => {
  const body = await readJson(request);
  const exhibition = await findPublishedExhibition(db, params.slug);
  const slot = await createVisitSlot(db, actor, { ...(body as object), exhibitionId: exhibition.id });
  return serializeSlot(withPlacesLeft(slot));
});
