import { apiRoute } from "@/lib/http/api-route";
import { getExhibition } from "@/lib/field-trips/catalogue";
import { serializeExhibitionDetail, serializeSlot } from "@/lib/field-trips/api/serializers";
import type { ExhibitionWithSlotsSchema } from "@/lib/field-trips/api/response-schemas";
import type { z } from "zod";

/** GET /api/v1/exhibitions/{slug} — one published exhibition, its exhibits and upcoming slots. */
export const GET = apiRoute<{ slug: string }>(async ({ params, db, locale, now }): Promise<z.output<typeof ExhibitionWithSlotsSchema>> => {
  const { exhibition, slots } = await getExhibition(db, params.slug, now);
  return { exhibition: serializeExhibitionDetail(exhibition, locale), slots: slots.map((slot) => serializeSlot(slot, now)) };
});
