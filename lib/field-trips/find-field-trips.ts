import type { Db, Tx } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { can, requirePermission } from "@/lib/auth/authorize";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { centerDayRange, addDays } from "@/lib/time/center-time";
import type { BookingFilter } from "./schemas";

/** What every booking read and write returns alongside the booking: its slot and exhibition. */
export const BOOKING_WITH_SLOT = { slot: { include: { exhibition: { select: { id: true, slug: true, title: true, translations: true } } } } } as const;

/**
 * A booking as the actor may see it: staff see any; a coordinator only their own. For anyone else
 * the booking does not exist (404, not 403: existence itself is private).
 */
export async function getFieldTrip(db: Db | Tx, actor: Actor | null, bookingId: string) {
  if (!actor) throw notFound();
  const booking = await db.fieldTripBooking.findUnique({
    where: { id: bookingId },
    include: { ...BOOKING_WITH_SLOT, coordinator: { select: { id: true, name: true, email: true, locale: true, phone: true } } },
  });
  if (!booking) throw notFound();
  if (can(actor, "manage:fieldTrip:any")) return booking;
  if (can(actor, "read:fieldTrip:own") && booking.coordinatorId === actor.id) return booking;
  throw notFound();
}

/** A coordinator's own bookings, optionally filtered like the staff queue. */
export async function listMyFieldTrips(db: Db, actor: Actor | null, filter: BookingFilter = {}) {
  requirePermission(actor, "read:fieldTrip:own");
  return db.fieldTripBooking.findMany({
    where: { ...bookingFilterWhere(filter), coordinatorId: actor.id },
    include: BOOKING_WITH_SLOT,
    orderBy: { slot: { startsAt: "desc" } },
  });
}

export function bookingFilterWhere(filter: BookingFilter): Prisma.FieldTripBookingWhereInput {
  const startsAt: Prisma.DateTimeFilter = {};
  if (filter.from) startsAt.gte = centerDayRange(filter.from).start;
  if (filter.to) startsAt.lt = centerDayRange(addDays(filter.to, 1)).start;
  return {
    status: filter.status,
    slot: { startsAt, exhibitionId: filter.exhibitionId },
  };
}

/** An export holds exactly the filtered list; this bound only stops a runaway query. */
export const EXPORT_MAX_ROWS = 50_000;

/** The staff queue: every booking matching the filter, soonest visit first. */
export async function listFieldTripBookings(db: Db, actor: Actor | null, filter: BookingFilter, { take = 500 } = {}) {
  requirePermission(actor, "manage:fieldTrip:any");
  return db.fieldTripBooking.findMany({
    where: bookingFilterWhere(filter),
    include: { ...BOOKING_WITH_SLOT, coordinator: { select: { name: true, email: true, phone: true } } },
    orderBy: [{ slot: { startsAt: "asc" } }, { createdAt: "asc" }],
    take,
  });
}

export type StaffBookingRow = Awaited<ReturnType<typeof listFieldTripBookings>>[number];
