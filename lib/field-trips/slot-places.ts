import "server-only";
import type { Tx } from "@/lib/db/create-client";

/**
 * Takes (delta > 0) or gives back (delta < 0) places in a slot with one conditional UPDATE.
 * PostgreSQL locks the slot row, so concurrent bookings queue up and each re-checks the remaining
 * places after the one before it committed: the total can never pass capacity. The CHECK
 * constraint "VisitSlot_booked_within_capacity" is the backstop. Returns the slot's places as the
 * UPDATE left them, or null when the change would not fit (or, with requireOpen, the slot is not open).
 */
export async function adjustSlotPlaces(
  tx: Tx,
  slotId: string,
  delta: number,
  { requireOpen = false } = {},
): Promise<{ bookedCount: number; capacity: number } | null> {
  const [updated] = await tx.$queryRaw<{ bookedCount: number; capacity: number }[]>`
    UPDATE "VisitSlot"
       SET "bookedCount" = "bookedCount" + ${delta}
     WHERE "id" = ${slotId}
       AND "bookedCount" + ${delta} <= "capacity"
       AND (${!requireOpen} OR "status" = 'OPEN')
 RETURNING "bookedCount", "capacity"`;
  return updated ?? null;
}

/** Locks one booking row for the rest of the transaction (concurrent changes to it wait). */
export async function lockBooking(tx: Tx, bookingId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "FieldTripBooking" WHERE "id" = ${bookingId} FOR UPDATE`;
}
