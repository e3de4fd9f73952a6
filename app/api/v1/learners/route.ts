import { apiRoute, readJson } from "@/lib/http/api-route";
import { pageJson, pageOfList } from "@/lib/api/paging";
import { searchParamsOf } from "@/lib/api/request-input";
import { addLearner } from "@/lib/courses/add-learner";
import { listOwnLearners, type OwnLearner } from "@/lib/courses/list-own-learners";
import { LearnerListQuerySchema } from "@/lib/courses/schemas";
import { serializeLearner } from "@/lib/courses/api/enrollment-serializers";
import { parseInput } from "@/lib/validation";

/** GET /api/v1/learners — the caller themself (if saved as a learner) and the learners they look after. */
export const GET = apiRoute(async ({ request, db, actor }) => {
  const query = parseInput(LearnerListQuerySchema, searchParamsOf(request));
  const learners = await listOwnLearners(db, actor);
  // pageOfList applies the direction to the comparison; "themself first" holds either way.
  const sign = query.dir === "desc" ? -1 : 1;
  const byName = (a: OwnLearner, b: OwnLearner) => sign * (Number(b.self) - Number(a.self)) || a.name.localeCompare(b.name);
  return pageJson(pageOfList(learners, query, { name: byName }), serializeLearner);
});

/** POST /api/v1/learners with `{ name, birthYear }` — add a child; the caller becomes their guardian. */
export const POST = apiRoute(async ({ request, db, actor }) => {
  const learner = await addLearner(db, actor, await readJson(request));
  return serializeLearner({ ...learner, self: false });
});
