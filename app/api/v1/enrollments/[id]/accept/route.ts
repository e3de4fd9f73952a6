import { apiRoute } from "@/lib/http/api-route";
import { acceptOffer } from "@/lib/courses/accept-offer";
import { getEnrollment } from "@/lib/courses/get-enrollment";
import { serializeEnrollment } from "@/lib/courses/api/enrollment-serializers";

/** POST /api/v1/enrollments/{id}/accept — claim an offered place before its deadline; 200 with the enrollment. */
export const POST = apiRoute<{ id: string }>(
  async (ctx) => {
    await acceptOffer(ctx.db, ctx.actor, ctx.params.id, ctx.now);
    return serializeEnrollment(await getEnrollment(ctx.db, ctx.actor, ctx.params.id), ctx);
  },
  { status: 200 },
);
