import { apiRoute } from "@/lib/http/api-route";
import { confirmFieldTrip } from "@/lib/field-trips/transition-field-trip";
import { serializeBooking } from "@/lib/field-trips/api/serializers";

/** POST /api/v1/field-trips/{id}/confirm — staff confirm a pending booking; 200 with the booking. */
export const POST = apiRoute<{ id: string }>(
  async (ctx) => serializeBooking(await confirmFieldTrip(ctx.db, ctx.actor, { bookingId: ctx.params.id }, ctx.now), ctx),
  { status: 200 },
);
