import { apiRoute } from "@/lib/http/api-route";
import { cancelFieldTrip } from "@/lib/field-trips/transition-field-trip";
import { serializeBooking } from "@/lib/field-trips/api/serializers";
import { revalidatePlacesLeft } from "@/lib/field-trips/refresh-pages";

/** POST /api/v1/field-trips/{id}/cancel — the school's coordinators (until the changes deadline) or staff cancel; 200 with the booking. */
export const POST = apiRoute<{ id: string }>(
  async (ctx) => {
    const booking = await cancelFieldTrip(ctx.db, ctx.actor, { bookingId: ctx.params.id }, ctx.now);
    revalidatePlacesLeft();
    return serializeBooking(booking, ctx);
  },
  { status: 200 },
);
