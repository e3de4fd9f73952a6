import { apiRoute, readJson } from "@/lib/http/api-route";
import { declineFieldTrip } from "@/lib/field-trips/transition-field-trip";
import { withBookingId } from "@/lib/api/request-input";
import { serializeBooking } from "@/lib/api/serializers";

/** POST /api/v1/field-trips/{id}/decline with `{ reason }` — staff decline a pending booking; 200. */
export const POST = apiRoute<{ id: string }>(async ({ request, params, db, actor, locale }) => {
  const booking = await declineFieldTrip(db, actor, withBookingId(await readJson(request), params.id));
  return Response.json(serializeBooking(booking, locale));
});
