import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { can, requirePermission } from "@/lib/auth/authorize";
import { conflict, invalid, unauthenticated } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { queueNotification } from "@/lib/notifications/queue-notification";
import { BookingIdSchema, DeclineFieldTripSchema } from "./schemas";
import { HOLDS_PLACES, TRANSITIONS, canTransition, changesAllowed, type Transition } from "./rules";
import { adjustSlotPlaces, lockBooking } from "./slot-places";
import { BOOKING_WITH_SLOT, getFieldTrip } from "./find-field-trips";

/**
 * Moves a booking along its lifecycle (rules.ts TRANSITIONS). In one transaction: lock the booking,
 * check who may act and from which state, release places when it stops holding them, write the
 * new status, the audit row and the coordinator's notification.
 */
async function transition(db: Db, actor: Actor | null, bookingId: string, name: Transition, opts: { reason?: string; now: Date }) {
  if (!actor) throw unauthenticated();
  return db.$transaction(async (tx) => {
    await lockBooking(tx, bookingId);
    const booking = await getFieldTrip(tx, actor, bookingId);
    const isStaff = can(actor, "manage:fieldTrip:any");
    if (TRANSITIONS[name].by === "staff") requirePermission(actor, "manage:fieldTrip:any");
    else if (!isStaff) {
      requirePermission(actor, "cancel:fieldTrip:own");
      if (!changesAllowed(booking.slot.startsAt, opts.now)) throw invalid("fieldTrips.errors.changesClosed");
    }
    if (!canTransition(booking.status, name)) throw conflict("fieldTrips.errors.invalidTransition", { status: booking.status });
    if ((name === "complete" || name === "noShow") && booking.slot.startsAt > opts.now) throw conflict("fieldTrips.errors.visitNotStarted");

    const to = TRANSITIONS[name].to;
    if (HOLDS_PLACES.includes(booking.status) && !HOLDS_PLACES.includes(to)) {
      await adjustSlotPlaces(tx, booking.slotId, -(booking.students + booking.chaperones));
    }
    const updated = await tx.fieldTripBooking.update({
      where: { id: booking.id },
      data: { status: to, declineReason: name === "decline" ? opts.reason : undefined },
      include: BOOKING_WITH_SLOT,
    });
    await recordAudit(tx, {
      actor,
      action: `fieldTrip.${name}`,
      entity: "FieldTripBooking",
      entityId: booking.id,
      before: { status: booking.status },
      after: { status: to, ...(opts.reason ? { reason: opts.reason } : {}) },
    });
    await queueNotification(tx, {
      user: booking.coordinator,
      template: `fieldTrip.${name}`,
      payload: {
        reference: booking.reference,
        exhibition: booking.slot.exhibition.title,
        startsAt: booking.slot.startsAt.toISOString(),
        ...(opts.reason ? { reason: opts.reason } : {}),
      },
    });
    return updated;
  });
}

const byId = (name: Transition) => (db: Db, actor: Actor | null, input: unknown, now = new Date()) =>
  transition(db, actor, parseInput(BookingIdSchema, input).bookingId, name, { now });

/** Staff confirm a pending booking. */
export const confirmFieldTrip = byId("confirm");
/** The coordinator (until 7 days before) or staff cancel a pending or confirmed booking. */
export const cancelFieldTrip = byId("cancel");
/** Staff record that a confirmed group came. */
export const completeFieldTrip = byId("complete");
/** Staff record that a confirmed group did not come. */
export const markFieldTripNoShow = byId("noShow");

/** Staff decline a pending booking, with a reason the coordinator will read. */
export async function declineFieldTrip(db: Db, actor: Actor | null, input: unknown, now = new Date()) {
  const { bookingId, reason } = parseInput(DeclineFieldTripSchema, input);
  return transition(db, actor, bookingId, "decline", { reason, now });
}
