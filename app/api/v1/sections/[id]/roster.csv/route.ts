import { apiRoute } from "@/lib/http/api-route";
import { searchParamsOf } from "@/lib/api/request-input";
import { attachmentResponse } from "@/lib/api/responses";
import { exportSectionRoster } from "@/lib/courses/list-section-roster";
import { RosterExportQuerySchema } from "@/lib/courses/roster-schemas";
import { rosterCsv, rosterCsvFilename } from "@/lib/courses/api/roster-csv";
import { parseInput } from "@/lib/validation";

/** GET /api/v1/sections/{id}/roster.csv — staff download a section's roster and waitlist, filtered as on its page. */
export const GET = apiRoute<{ id: string }>(async ({ request, params, db, actor, now }) => {
  const query = parseInput(RosterExportQuerySchema, searchParamsOf(request));
  const { section, rows } = await exportSectionRoster(db, actor, params.id, query);
  return attachmentResponse(rosterCsv(section.code, rows, now), "text/csv; charset=utf-8", rosterCsvFilename(section.code, now));
});
