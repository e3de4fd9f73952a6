import { apiRoute } from "@/lib/http/api-route";
import { getPublicSection } from "@/lib/courses/get-public-section";
import { serializePublicSection } from "@/lib/courses/api/catalogue-serializers";

/** GET /api/v1/sections/{id} — one section of a published course, with its course and cancelled meetings. */
export const GET = apiRoute<{ id: string }>(async ({ params, db, locale, now }) => serializePublicSection(await getPublicSection(db, params.id, now), locale));
