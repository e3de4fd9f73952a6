import { apiRoute } from "@/lib/http/api-route";
import { searchParamsOf } from "@/lib/api/request-input";
import { getSectionRoster } from "@/lib/courses/get-section-roster";
import { nextOccurrence } from "@/lib/courses/section-occurrences";
import { serializeRoster } from "@/lib/courses/api/teaching-serializers";

/** GET /api/v1/sections/{id}/roster — the section's teacher or staff; 404 for anyone else who reads rosters. */
export const GET = apiRoute<{ id: string }>(async ({ db, actor, params, request, locale, now }) => {
  const roster = await getSectionRoster(db, actor, params.id, searchParamsOf(request), now);
  return serializeRoster(roster, locale, nextOccurrence(roster.section, now));
});
