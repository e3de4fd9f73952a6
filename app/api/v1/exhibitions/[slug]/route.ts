import { apiRoute } from "@/lib/http/api-route";
import { getExhibition } from "@/lib/field-trips/catalogue";
import { serializeExhibit, serializeExhibition, serializeSlot } from "@/lib/api/serializers";

/** GET /api/v1/exhibitions/{slug} — one published exhibition, its exhibits and upcoming slots. */
export const GET = apiRoute<{ slug: string }>(async ({ params, db, locale }) => {
  const { exhibition, slots } = await getExhibition(db, params.slug);
  return {
    exhibition: { ...serializeExhibition(exhibition, locale), exhibits: exhibition.exhibits.map((exhibit) => serializeExhibit(exhibit, locale)) },
    slots: slots.map(serializeSlot),
  };
});
