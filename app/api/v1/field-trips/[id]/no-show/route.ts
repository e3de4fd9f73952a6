import { apiRoute } from "@/lib/http/api-route";
import { markFieldTripNoShow } from "@/lib/field-trips/transition-field-trip";
import { serializeBooking } from "@/lib/api/serializers";

/** POST /api/v1/field-trips/{id}/no-show — staff record that a confirmed group did not come; 200 with the booking. */
export const POST = apiRoute<{ id: string }>(async ({ params, db, actor, locale }) => {
  const booking = await markFieldTripNoShow(db, actor, { bookingId: params.id });
  return Response.json(serializeBooking(booking, locale));
});
