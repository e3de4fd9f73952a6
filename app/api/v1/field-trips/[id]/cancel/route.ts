import { apiRoute } from "@/lib/http/api-route";
import { cancelFieldTrip } from "@/lib/field-trips/transition-field-trip";
import { serializeBooking } from "@/lib/api/serializers";

/** POST /api/v1/field-trips/{id}/cancel — the coordinator (until 7 days before) or staff cancel; 200 with the booking. */
export const POST = apiRoute<{ id: string }>(async ({ params, db, actor, locale }) => {
  const booking = await cancelFieldTrip(db, actor, { bookingId: params.id });
  return Response.json(serializeBooking(booking, locale));
});
