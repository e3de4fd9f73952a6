import { apiRoute, readJson } from "@/lib/http/api-route";
import { searchParamsOf, withPathParams } from "@/lib/api/request-input";
import { getSectionAttendance } from "@/lib/courses/get-section-attendance";
import { markAttendance } from "@/lib/courses/mark-attendance";
import { serializeAttendanceSheet } from "@/lib/courses/api/teaching-serializers";

/** GET /api/v1/sections/{id}/attendance?date= — the attendance sheet of one meeting date. */
export const GET = apiRoute<{ id: string }>(async ({ db, actor, params, request, now }) =>
  serializeAttendanceSheet(await getSectionAttendance(db, actor, withPathParams(searchParamsOf(request), { sectionId: params.id }), now)),
);

/** PUT /api/v1/sections/{id}/attendance with `{ date, marks: [{ enrollmentId, status }] }` — 200 with the sheet after marking. */
export const PUT = apiRoute<{ id: string }>(async ({ db, actor, params, request, now }) => {
  const input = withPathParams(await readJson(request), { sectionId: params.id });
  const { date } = await markAttendance(db, actor, input, now);
  return serializeAttendanceSheet(await getSectionAttendance(db, actor, { sectionId: params.id, date }, now));
});
