import { apiRoute } from "@/lib/http/api-route";
import { bookingEntry } from "@/lib/field-trips/policy";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/field-trips/booking-entry — what the caller may do about a bookable slot: book, sign in
 * first, wait for verification, or nothing. The exhibition page is cached and the same for everyone
 * (ADR 0007); it asks this from the browser. Never cached.
 */
export const GET = apiRoute(async ({ actor }) =>
  Response.json({ entry: bookingEntry(actor) }, { headers: { "Cache-Control": "private, no-store" } }),
);
