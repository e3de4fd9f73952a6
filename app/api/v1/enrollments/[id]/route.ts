import { apiRoute } from "@/lib/http/api-route";
import { invalid } from "@/lib/errors";
import { dropEnrollment } from "@/lib/courses/drop-enrollment";
import { getEnrollment } from "@/lib/courses/get-enrollment";
import { serializeEnrollment } from "@/lib/courses/api/enrollment-serializers";

/** GET /api/v1/enrollments/{id} — for the learner's people, the section's teacher and staff; 404 for anyone else. */
export const GET = apiRoute<{ id: string }>(async (ctx) => serializeEnrollment(await getEnrollment(ctx.db, ctx.actor, ctx.params.id), ctx));

/** DELETE /api/v1/enrollments/{id} with an optional `{ reason }` — drop (staff: remove); the freed place goes to the next in line. */
export const DELETE = apiRoute<{ id: string }>(async (ctx) => {
  await dropEnrollment(ctx.db, ctx.actor, ctx.params.id, await optionalJson(ctx.request), ctx.now);
  return serializeEnrollment(await getEnrollment(ctx.db, ctx.actor, ctx.params.id), ctx);
});

/** A DELETE may come without a body: empty means `{}`. */
async function optionalJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw invalid("errors.malformedJson");
  }
}
