import "server-only";
import type { Db, Tx } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findPage } from "@/lib/paging";
import { centerDayRange, addDays } from "@/lib/time/center-time";
import { FIELD_TRIP_PERMISSIONS, maySeeBooking, schoolIdsOf, visibleBookingsWhere } from "./policy";
import {
  FieldTripBookingsQuerySchema,
  MyFieldTripsQuerySchema,
  type BookingFilter,
  type BookingOrder,
  type BookingSort,
  type FieldTripBookingsQuery,
  type MyFieldTripsQuery,
} from "./schemas";

/** What every booking read and write returns alongside the booking: its slot and exhibition. */
export const BOOKING_WITH_SLOT = { slot: { include: { exhibition: { select: { id: true, slug: true, title: true, translations: true } } } } } as const;

/** Who made the booking, for staff and colleagues: how to reach them. */
const COORDINATOR_CONTACT = { select: { id: true, name: true, email: true, locale: true, phone: true } } as const;
const SCHOOL = { select: { id: true, name: true, city: true } } as const;

/**
 * A booking as the actor may see it (`maySeeBooking`: staff any, a coordinator their verified
 * schools' whoever made them). For anyone else it does not exist: 404, not 403.
 */
export async function getFieldTrip(db: Db | Tx, actor: Actor | null, bookingId: string) {
  const booking = await db.fieldTripBooking.findUnique({
    where: { id: bookingId },
    include: { ...BOOKING_WITH_SLOT, coordinator: COORDINATOR_CONTACT, school: SCHOOL },
  });
  if (!booking || !maySeeBooking(actor, booking)) throw notFound();
  return booking;
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

/** Sort columns to Prisma, each ending in a unique key so pages never repeat or skip a row. */
const BOOKING_ORDER: Record<BookingSort, (dir: Prisma.SortOrder) => Prisma.FieldTripBookingOrderByWithRelationInput[]> = {
  startsAt: (dir) => [{ slot: { startsAt: dir } }, { createdAt: dir }],
  createdAt: (dir) => [{ createdAt: dir }],
  reference: (dir) => [{ reference: dir }],
  status: (dir) => [{ status: dir }, { slot: { startsAt: "asc" } }],
  school: (dir) => [{ schoolName: dir }, { slot: { startsAt: "asc" } }],
};
const bookingOrder = ({ sort, dir }: BookingOrder) => [...BOOKING_ORDER[sort](dir), { id: "asc" as const }];

/** A coordinator's list: every booking of their verified schools (made by any colleague), a page at a time. */
export async function listMyFieldTrips(db: Db, actor: Actor | null, filter: BookingFilter = {}, page: MyFieldTripsQuery = MyFieldTripsQuerySchema.parse({})) {
  requirePermission(actor, FIELD_TRIP_PERMISSIONS.readOwn);
  // "My" means my schools' even for someone who is staff too.
  const where: Prisma.FieldTripBookingWhereInput = {
    AND: [visibleBookingsWhere(actor), { schoolId: { in: schoolIdsOf(actor) } }, bookingFilterWhere(filter)],
  };
  return findPage(
    page,
    (window) => db.fieldTripBooking.findMany({ where, include: BOOKING_WITH_SLOT, orderBy: bookingOrder(page), ...window }),
    () => db.fieldTripBooking.count({ where }),
  );
}

/** What a staff row shows beyond the booking: who made it and how to reach them. */
export const STAFF_BOOKING_ROW = { ...BOOKING_WITH_SLOT, coordinator: { select: { name: true, email: true, phone: true } } } as const;

function staffWhere(actor: Actor, filter: BookingFilter): Prisma.FieldTripBookingWhereInput {
  return { AND: [visibleBookingsWhere(actor), bookingFilterWhere(filter)] };
}

/** The staff queue: every booking matching the filter, a page at a time. */
export async function listFieldTripBookings(db: Db, actor: Actor | null, filter: BookingFilter = {}, page: FieldTripBookingsQuery = FieldTripBookingsQuerySchema.parse({})) {
  requirePermission(actor, FIELD_TRIP_PERMISSIONS.manageAny);
  const where = staffWhere(actor, filter);
  return findPage(
    page,
    (window) => db.fieldTripBooking.findMany({ where, include: STAFF_BOOKING_ROW, orderBy: bookingOrder(page), ...window }),
    () => db.fieldTripBooking.count({ where }),
  );
}

export type StaffBookingRow = Awaited<ReturnType<typeof listFieldTripBookings>>["rows"][number];

/** An export holds exactly the filtered list; this bound only stops a runaway query. */
export const EXPORT_MAX_ROWS = 50_000;

/** The filtered staff list for a download (CSV): all of it in one go, in the queue's order unless told. */
export async function exportFieldTrips(db: Db, actor: Actor | null, filter: BookingFilter & Partial<BookingOrder> = {}): Promise<StaffBookingRow[]> {
  requirePermission(actor, FIELD_TRIP_PERMISSIONS.export);
  const { sort, dir } = FieldTripBookingsQuerySchema.parse({});
  return db.fieldTripBooking.findMany({
    where: staffWhere(actor, filter),
    include: STAFF_BOOKING_ROW,
    orderBy: bookingOrder({ sort: filter.sort ?? sort, dir: filter.dir ?? dir }),
    take: EXPORT_MAX_ROWS,
  });
}
