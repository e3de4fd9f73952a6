import { apiRoute, readJson } from "@/lib/http/api-route";
import { can, requirePermission } from "@/lib/auth/authorize";
import { bookFieldTrip } from "@/lib/field-trips/book-field-trip";
import { EXPORT_MAX_ROWS, listFieldTripBookings, listMyFieldTrips } from "@/lib/field-trips/find-field-trips";
import { BookingFilterSchema } from "@/lib/field-trips/schemas";
import { parseInput } from "@/lib/validation";
import { FieldTripListFormatSchema } from "@/lib/api/query-schemas";
import { searchParamsOf } from "@/lib/api/request-input";
import { attachmentResponse } from "@/lib/api/responses";
import { fieldTripsCsv, fieldTripsCsvFilename } from "@/lib/api/field-trip-csv";
import { serializeBooking } from "@/lib/api/serializers";

/**
 * GET /api/v1/field-trips — staff get the filtered queue (`?format=csv` to download it), a
 * coordinator their own bookings; both take the same filters (status, from, to, exhibitionId).
 */
export const GET = apiRoute(async ({ request, db, actor, locale }) => {
  const query = searchParamsOf(request);
  const { format } = parseInput(FieldTripListFormatSchema, query);
  if (format === "csv") {
    requirePermission(actor, "export:report:any");
    const bookings = await listFieldTripBookings(db, actor, parseInput(BookingFilterSchema, query), { take: EXPORT_MAX_ROWS });
    return attachmentResponse(fieldTripsCsv(bookings), "text/csv; charset=utf-8", fieldTripsCsvFilename());
  }
  const filter = parseInput(BookingFilterSchema, query);
  const bookings = can(actor, "manage:fieldTrip:any") ? await listFieldTripBookings(db, actor, filter) : await listMyFieldTrips(db, actor, filter);
  return { fieldTrips: bookings.map((booking) => serializeBooking(booking, locale)) };
});

/** POST /api/v1/field-trips — a coordinator books a slot; 201 with the pending booking. */
export const POST = apiRoute(async ({ request, db, actor, locale }) => {
  const booking = await bookFieldTrip(db, actor, await readJson(request));
  return serializeBooking(booking, locale);
});
