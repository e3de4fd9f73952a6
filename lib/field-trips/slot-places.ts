import "server-only";
import type { Tx } from "@/lib/db/create-client";

/**
 * Takes (delta > 0) or gives back (delta < 0) places in a slot with one conditional UPDATE.
 * PostgreSQL locks the slot row, so concurrent bookings queue up and each re-checks the remaining
 * places after the one before it committed: the total can never pass capacity. The CHECK
 * constraint "VisitSlot_booked_within_capacity" is the backstop. Returns false when it would not fit.
 */
export async function adjustSlotPlaces(tx: Tx, slotId: string, delta: number, { requireOpen = false } = {}): Promise<boolean> {
  const updated = await tx.$executeRaw`
    UPDATE "VisitSlot"
       SET "bookedCount" = "bookedCount" + ${delta}
     WHERE "id" = ${slotId}
       AND "bookedCount" + ${delta} <= "capacity"
       AND (${!requireOpen} OR "status" = 'OPEN')`;
  return updated === 1;
}

/** Locks one booking row for the rest of the transaction (concurrent changes to it wait). */
export async function lockBooking(tx: Tx, bookingId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "FieldTripBooking" WHERE "id" = ${bookingId} FOR UPDATE`;
}
