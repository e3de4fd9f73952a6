import { apiRoute, readJson } from "@/lib/http/api-route";
import { pageJson, pageOfList } from "@/lib/api/paging";
import { searchParamsOf, withPathParams } from "@/lib/api/request-input";
import { findPublishedExhibition, listSlotsWithRemaining } from "@/lib/field-trips/catalogue";
import { createVisitSlot } from "@/lib/field-trips/manage-slots";
import { SLOT_LIST_ORDER, SlotListQuerySchema } from "@/lib/field-trips/api/query-schemas";
import { serializeSlot } from "@/lib/field-trips/api/serializers";
import { parseInput } from "@/lib/validation";
import { revalidateFieldTripPages } from "@/lib/field-trips/refresh-pages";

/** GET /api/v1/exhibitions/{slug}/slots?from=&to= — open slots with places left (Center dates, inclusive), a page at a time. */
export const GET = apiRoute<{ slug: string }>(async ({ request, params, db, now }) => {
  const { range, page } = parseInput(SlotListQuerySchema, searchParamsOf(request));
  const exhibition = await findPublishedExhibition(db, params.slug);
  const slots = await listSlotsWithRemaining(db, exhibition.id, { ...range, now });
  return pageJson(pageOfList(slots.map((slot) => serializeSlot(slot, now)), page, SLOT_LIST_ORDER));
});

/** POST /api/v1/exhibitions/{slug}/slots — staff publish one slot: `{ date, time, capacity }` in Center time. */
export const POST = apiRoute<{ slug: string }>(async ({ request, params, db, actor, now }) => {
  const body = await readJson(request);
  const exhibition = await findPublishedExhibition(db, params.slug);
  const slot = await createVisitSlot(db, actor, withPathParams(body, { exhibitionId: exhibition.id }));
  revalidateFieldTripPages();
  return serializeSlot(slot, now);
});
