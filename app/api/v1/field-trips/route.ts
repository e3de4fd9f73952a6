import { apiRoute, readJson } from "@/lib/http/api-route";
import { pageJson } from "@/lib/api/paging";
import { searchParamsOf } from "@/lib/api/request-input";
import { attachmentResponse } from "@/lib/api/responses";
import { bookFieldTrip } from "@/lib/field-trips/book-field-trip";
import { exportFieldTrips, listFieldTripBookings, listMyFieldTrips } from "@/lib/field-trips/find-field-trips";
import { mayManageAllBookings } from "@/lib/field-trips/policy";
import { FieldTripBookingsQuerySchema, MyFieldTripsQuerySchema } from "@/lib/field-trips/schemas";
import { fieldTripsCsv, fieldTripsCsvFilename } from "@/lib/field-trips/api/csv";
import { FieldTripListFormatSchema } from "@/lib/field-trips/api/query-schemas";
import { serializeBooking } from "@/lib/field-trips/api/serializers";
import { parseInput } from "@/lib/validation";
import { revalidatePlacesLeft } from "@/lib/field-trips/refresh-pages";

/**
 * GET /api/v1/field-trips — staff get the queue (`?format=csv` downloads all of it), a coordinator
 * their schools' bookings; both take the same filters, paging and sorting.
 */
export const GET = apiRoute(async (ctx) => {
  const { request, db, actor, now } = ctx;
  const input = searchParamsOf(request);
  const { format } = parseInput(FieldTripListFormatSchema, input);
  if (format === "csv") {
    const rows = await exportFieldTrips(db, actor, parseInput(FieldTripBookingsQuerySchema, input));
    return attachmentResponse(fieldTripsCsv(rows), "text/csv; charset=utf-8", fieldTripsCsvFilename(now));
  }
  // The query holds filter and page alike; the list services take them as two arguments.
  if (mayManageAllBookings(actor)) {
    const query = parseInput(FieldTripBookingsQuerySchema, input);
    return pageJson(await listFieldTripBookings(db, actor, query, query), (booking) => serializeBooking(booking, ctx));
  }
  const query = parseInput(MyFieldTripsQuerySchema, input);
  return pageJson(await listMyFieldTrips(db, actor, query, query), (booking) => serializeBooking(booking, ctx));
});

/** POST /api/v1/field-trips — a coordinator books a slot for their school; 201 with the pending booking. */
export const POST = apiRoute(async (ctx) => {
  const booking = await bookFieldTrip(ctx.db, ctx.actor, await readJson(ctx.request), ctx.now);
  revalidatePlacesLeft();
  return serializeBooking(booking, ctx);
});
