import { apiRoute } from "@/lib/http/api-route";
import { completeFieldTrip } from "@/lib/field-trips/transition-field-trip";
import { serializeBooking } from "@/lib/api/serializers";

/** POST /api/v1/field-trips/{id}/complete — staff record that a confirmed group came; 200 with the booking. */
export const POST = apiRoute<{ id: string }>(async ({ params, db, actor, locale }) => {
  const booking = await completeFieldTrip(db, actor, { bookingId: params.id });
  return Response.json(serializeBooking(booking, locale));
});
