import { apiRoute } from "@/lib/http/api-route";
import { pageJson, pageOfList } from "@/lib/api/paging";
import { searchParamsOf } from "@/lib/api/request-input";
import { listExhibitions } from "@/lib/field-trips/catalogue";
import { ExhibitionListQuerySchema, exhibitionListOrder } from "@/lib/field-trips/api/query-schemas";
import { serializeExhibitionListItem } from "@/lib/field-trips/api/serializers";
import { parseInput } from "@/lib/validation";

/** GET /api/v1/exhibitions?era=&age=&language=&page=&size=&sort=&dir= — the public catalogue, a page at a time. */
export const GET = apiRoute(async ({ request, db, locale }) => {
  const { page, size, sort, dir, ...filter } = parseInput(ExhibitionListQuerySchema, searchParamsOf(request));
  const { exhibitions } = await listExhibitions(db, filter, locale);
  const items = exhibitions.map((exhibition) => serializeExhibitionListItem(exhibition, locale));
  return pageJson(pageOfList(items, { page, size, sort, dir }, exhibitionListOrder(locale)));
});
