import { apiRoute } from "@/lib/http/api-route";
import { confirmFieldTrip } from "@/lib/field-trips/transition-field-trip";
import { serializeBooking } from "@/lib/api/serializers";

/** POST /api/v1/field-trips/{id}/confirm — staff confirm a pending booking; 200 with the booking. */
export const POST = apiRoute<{ id: string }>(async ({ params, db, actor, locale }) => {
  const booking = await confirmFieldTrip(db, actor, { bookingId: params.id });
  return Response.json(serializeBooking(booking, locale));
});
