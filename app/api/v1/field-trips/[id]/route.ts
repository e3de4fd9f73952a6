import { apiRoute, readJson } from "@/lib/http/api-route";
import { getFieldTrip } from "@/lib/field-trips/find-field-trips";
import { changeHeadcount } from "@/lib/field-trips/change-headcount";
import { withBookingId } from "@/lib/api/request-input";
import { serializeBooking } from "@/lib/api/serializers";

/** GET /api/v1/field-trips/{id} — for its coordinator or staff; 404 for anyone else. */
export const GET = apiRoute<{ id: string }>(async ({ params, db, actor, locale }) => {
  return serializeBooking(await getFieldTrip(db, actor, params.id), locale);
});

/** PATCH /api/v1/field-trips/{id} with `{ students, chaperones }` — change the group's headcount. */
export const PATCH = apiRoute<{ id: string }>(async ({ request, params, db, actor, locale }) => {
  const booking = await changeHeadcount(db, actor, withBookingId(await readJson(request), params.id));
  return serializeBooking(booking, locale);
});
