import { apiRoute, readJson } from "@/lib/http/api-route";
import { pageJson } from "@/lib/api/paging";
import { searchParamsOf } from "@/lib/api/request-input";
import { enrollLearner } from "@/lib/courses/enroll-learner";
import { getEnrollment } from "@/lib/courses/get-enrollment";
import { listOwnEnrollments } from "@/lib/courses/list-own-enrollments";
import { MyEnrollmentsQuerySchema } from "@/lib/courses/schemas";
import { serializeEnrollment } from "@/lib/courses/api/enrollment-serializers";
import { parseInput } from "@/lib/validation";

/** GET /api/v1/enrollments — the enrollments of the caller's learners, filtered and paged. */
export const GET = apiRoute(async (ctx) => {
  const query = parseInput(MyEnrollmentsQuerySchema, searchParamsOf(ctx.request));
  return pageJson(await listOwnEnrollments(ctx.db, ctx.actor, query), (row) => serializeEnrollment(row, ctx));
});

/** POST /api/v1/enrollments with `{ sectionId, learnerId, acknowledgeClash? }` — enrolled or waitlisted; 201. */
export const POST = apiRoute(async (ctx) => {
  const { enrollment, outcome } = await enrollLearner(ctx.db, ctx.actor, await readJson(ctx.request), ctx.now);
  return { outcome, enrollment: serializeEnrollment(await getEnrollment(ctx.db, ctx.actor, enrollment.id), ctx) };
});
