import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { parseInput } from "@/lib/validation";
import { DaySheetSchema } from "./schemas";
import { listFieldTripBookings } from "./find-field-trips";
import { HOLDS_PLACES } from "./rules";

/** Who arrives when on one Center date: pending and confirmed groups with headcounts and needs. */
export async function getDaySheet(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, "manage:fieldTrip:any");
  const { date } = parseInput(DaySheetSchema, input);
  const bookings = await listFieldTripBookings(db, actor, { from: date, to: date });
  const arriving = bookings.filter((b) => HOLDS_PLACES.includes(b.status));
  const totals = arriving.reduce(
    (sum, b) => ({ students: sum.students + b.students, chaperones: sum.chaperones + b.chaperones, lunchRooms: sum.lunchRooms + (b.lunchRoom ? 1 : 0) }),
    { students: 0, chaperones: 0, lunchRooms: 0 },
  );
  return { date, bookings: arriving, totals };
}
