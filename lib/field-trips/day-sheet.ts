import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { parseInput } from "@/lib/validation";
import { DaySheetSchema } from "./schemas";
import { bookingFilterWhere, STAFF_BOOKING_ROW } from "./find-field-trips";
import { FIELD_TRIP_PERMISSIONS, visibleBookingsWhere } from "./policy";
import { HOLDS_PLACES } from "./rules";

/** Who arrives when on one Center date: the groups holding places, in time order, with headcounts and needs. */
export async function getDaySheet(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, FIELD_TRIP_PERMISSIONS.manageAny);
  const { date } = parseInput(DaySheetSchema, input);
  // One day's arrivals: a bounded list, not paged.
  const arriving = await db.fieldTripBooking.findMany({
    where: { AND: [visibleBookingsWhere(actor), bookingFilterWhere({ from: date, to: date }), { status: { in: [...HOLDS_PLACES] } }] },
    include: STAFF_BOOKING_ROW,
    orderBy: [{ slot: { startsAt: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
  });
  const totals = arriving.reduce(
    (sum, b) => ({ students: sum.students + b.students, chaperones: sum.chaperones + b.chaperones, lunchRooms: sum.lunchRooms + (b.lunchRoom ? 1 : 0) }),
    { students: 0, chaperones: 0, lunchRooms: 0 },
  );
  return { date, bookings: arriving, totals };
}
