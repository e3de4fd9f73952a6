import { apiRoute } from "@/lib/http/api-route";
import { markFieldTripNoShow } from "@/lib/field-trips/transition-field-trip";
import { serializeBooking } from "@/lib/field-trips/api/serializers";

/** POST /api/v1/field-trips/{id}/no-show — staff record that a confirmed group did not come; 200 with the booking. */
export const POST = apiRoute<{ id: string }>(
  async (ctx) => serializeBooking(await markFieldTripNoShow(ctx.db, ctx.actor, { bookingId: ctx.params.id }, ctx.now), ctx),
  { status: 200 },
);
