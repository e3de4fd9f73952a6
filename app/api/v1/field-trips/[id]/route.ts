import { apiRoute, readJson } from "@/lib/http/api-route";
import { withPathParams } from "@/lib/api/request-input";
import { changeHeadcount } from "@/lib/field-trips/change-headcount";
import { getFieldTrip } from "@/lib/field-trips/find-field-trips";
import { serializeBooking } from "@/lib/field-trips/api/serializers";
import { revalidatePlacesLeft } from "@/lib/field-trips/refresh-pages";

/** GET /api/v1/field-trips/{id} — for its school's coordinators or staff; 404 for anyone else. */
export const GET = apiRoute<{ id: string }>(async (ctx) => serializeBooking(await getFieldTrip(ctx.db, ctx.actor, ctx.params.id), ctx));

/** PATCH /api/v1/field-trips/{id} with `{ students, chaperones }` — change the group's headcount. */
export const PATCH = apiRoute<{ id: string }>(async (ctx) => {
  const input = withPathParams(await readJson(ctx.request), { bookingId: ctx.params.id });
  const booking = await changeHeadcount(ctx.db, ctx.actor, input, ctx.now);
  revalidatePlacesLeft();
  return serializeBooking(booking, ctx);
});
