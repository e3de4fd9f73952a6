import { apiRoute, readJson } from "@/lib/http/api-route";
import { withPathParams } from "@/lib/api/request-input";
import { declineFieldTrip } from "@/lib/field-trips/transition-field-trip";
import { serializeBooking } from "@/lib/field-trips/api/serializers";
import { revalidatePlacesLeft } from "@/lib/field-trips/refresh-pages";

/** POST /api/v1/field-trips/{id}/decline with `{ reason }` — staff decline a pending booking; 200 with the booking. */
export const POST = apiRoute<{ id: string }>(
  async (ctx) => {
    const input = withPathParams(await readJson(ctx.request), { bookingId: ctx.params.id });
    const booking = await declineFieldTrip(ctx.db, ctx.actor, input, ctx.now);
    revalidatePlacesLeft();
    return serializeBooking(booking, ctx);
  },
  { status: 200 },
);
