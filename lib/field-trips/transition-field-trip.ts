import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { translated } from "@/lib/i18n/translated";
import { queueNotification, recipientLocale } from "@/lib/notifications/queue-notification";
import { BookingIdSchema, DeclineFieldTripSchema } from "./schemas";
import { HOLDS_PLACES, TRANSITIONS, type Transition } from "./rules";
import { refusalOf } from "./policy";
import { refusalError } from "./refusal-error";
import { requireAttempt } from "./require-attempt";
import { transitionAuditAction, transitionNotification } from "./events";
import { adjustSlotPlaces, lockBooking } from "./slot-places";
import { BOOKING_WITH_SLOT, getFieldTrip } from "./find-field-trips";

/**
 * Moves a booking along its lifecycle (rules.ts TRANSITIONS). The policy decides who may, and when.
 * The coarse permission is checked first; then, in one transaction: lock the booking, ask the policy
 * about this booking now, release places when it stops holding them, write the new status, the
 * audit row and the notice to the coordinator who made the booking.
 */
async function transition(db: Db, actor: Actor | null, name: Transition, input: unknown, now: Date) {
  requireAttempt(actor, name);
  // A decline carries the reason the coordinator will read; the others name the booking only.
  const { bookingId, reason }: { bookingId: string; reason?: string } = parseInput(name === "decline" ? DeclineFieldTripSchema : BookingIdSchema, input);
  return db.$transaction(async (tx) => {
    await lockBooking(tx, bookingId);
    const booking = await getFieldTrip(tx, actor, bookingId);
    const refusal = refusalOf(actor, booking, name, now);
    if (refusal) throw refusalError(refusal, booking);

    const to = TRANSITIONS[name].to;
    if (HOLDS_PLACES.includes(booking.status) && !HOLDS_PLACES.includes(to)) {
      await adjustSlotPlaces(tx, booking.slotId, -(booking.students + booking.chaperones));
    }
    const updated = await tx.fieldTripBooking.update({
      where: { id: booking.id },
      data: { status: to, declineReason: name === "decline" ? reason : undefined },
      include: BOOKING_WITH_SLOT,
    });
    await recordAudit(tx, {
      actor,
      action: transitionAuditAction(name),
      entity: "FieldTripBooking",
      entityId: booking.id,
      before: { status: booking.status },
      after: { status: to, ...(reason ? { reason: reason } : {}) },
    });
    await queueNotification(tx, {
      user: booking.coordinator,
      template: transitionNotification(name),
      payload: {
        reference: booking.reference,
        exhibition: translated(booking.slot.exhibition, "title", recipientLocale(booking.coordinator)),
        startsAt: booking.slot.startsAt.toISOString(),
        ...(reason ? { reason: reason } : {}),
      },
    });
    return updated;
  });
}

const byId = (name: Transition) => (db: Db, actor: Actor | null, input: unknown, now = new Date()) => transition(db, actor, name, input, now);

/** Staff confirm a pending booking. */
export const confirmFieldTrip = byId("confirm");
/** Staff decline a pending booking, with a reason the coordinator will read. */
export const declineFieldTrip = byId("decline");
/** A coordinator of the school (until the changes deadline) or staff cancel a pending or confirmed booking. */
export const cancelFieldTrip = byId("cancel");
/** Staff record that a confirmed group came. */
export const completeFieldTrip = byId("complete");
/** Staff record that a confirmed group did not come. */
export const markFieldTripNoShow = byId("noShow");
