import { apiRoute } from "@/lib/http/api-route";
import { listExhibitions } from "@/lib/field-trips/catalogue";
import { searchParamsOf } from "@/lib/api/request-input";
import { serializeExhibition } from "@/lib/api/serializers";

/** GET /api/v1/exhibitions?era=&age=&language= — the public catalogue. */
export const GET = apiRoute(async ({ request, db, locale }) => {
  const { filter, exhibitions } = await listExhibitions(db, searchParamsOf(request));
  return { filter, exhibitions: exhibitions.map((exhibition) => serializeExhibition(exhibition, locale)) };
});
