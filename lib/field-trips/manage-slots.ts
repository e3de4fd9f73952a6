import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { conflict, databaseErrorCode, fromDatabaseError, invalid, isDomainError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findPage } from "@/lib/paging";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { addDays, centerDateTimeText, centerDateTimeToUtc, isoWeekdayOf } from "@/lib/time/center-time";
import { translated } from "@/lib/i18n/translated";
import { queueNotification, recipientLocale } from "@/lib/notifications/queue-notification";
import { CloseVisitSlotSchema, CreateVisitSlotSchema, EditVisitSlotSchema, SlotSeriesSchema, UpcomingSlotsQuerySchema, type SlotSort, type UpcomingSlotsQuery } from "./schemas";
import { FIELD_TRIP_PERMISSIONS } from "./policy";

/** The most slots one series may create: a guard against a typo generating years of slots. */
export const MAX_SERIES_SLOTS = 500;

async function publishedExhibition(db: Db, id: string) {
  const exhibition = await db.exhibition.findUnique({ where: { id } });
  if (!exhibition) throw notFound();
  return exhibition;
}

/** Staff publish one dated visit slot (Center time). */
export async function createVisitSlot(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, FIELD_TRIP_PERMISSIONS.manageSlots);
  const data = parseInput(CreateVisitSlotSchema, input);
  const exhibition = await publishedExhibition(db, data.exhibitionId);
  const startsAt = centerDateTimeToUtc(data.date, data.time);
  const endsAt = new Date(startsAt.getTime() + exhibition.durationMinutes * 60_000);
  try {
    return await db.$transaction(async (tx) => {
      const slot = await tx.visitSlot.create({ data: { exhibitionId: exhibition.id, startsAt, endsAt, capacity: data.capacity } });
      await recordAudit(tx, { actor, action: "visitSlot.create", entity: "VisitSlot", entityId: slot.id, after: slot });
      return slot;
    });
  } catch (error) {
    throw fromDatabaseError(error, "fieldTrips.errors.slotExists") ?? error;
  }
}

/** Staff generate a series: every chosen weekday × time between two dates. Existing slots are kept. */
export async function generateSlotSeries(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, FIELD_TRIP_PERMISSIONS.manageSlots);
  const data = parseInput(SlotSeriesSchema, input);
  const exhibition = await publishedExhibition(db, data.exhibitionId);
  const starts: Date[] = [];
  for (let date = data.fromDate; date <= data.toDate; date = addDays(date, 1)) {
    if (!data.weekdays.includes(isoWeekdayOf(date))) continue;
    for (const time of data.times) starts.push(centerDateTimeToUtc(date, time));
    if (starts.length > MAX_SERIES_SLOTS) throw invalid("fieldTrips.errors.seriesTooLong", { max: MAX_SERIES_SLOTS });
  }
  return db.$transaction(async (tx) => {
    const { count } = await tx.visitSlot.createMany({
      data: starts.map((startsAt) => ({
        exhibitionId: exhibition.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + exhibition.durationMinutes * 60_000),
        capacity: data.capacity,
      })),
      skipDuplicates: true,
    });
    await recordAudit(tx, { actor, action: "visitSlot.generateSeries", entity: "Exhibition", entityId: exhibition.id, after: { ...data, created: count } });
    return { created: count, skipped: starts.length - count };
  });
}

/** Staff close a slot to new bookings; bookings already made stay as they are. */
export async function closeVisitSlot(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, FIELD_TRIP_PERMISSIONS.manageSlots);
  const { slotId } = parseInput(CloseVisitSlotSchema, input);
  return db.$transaction(async (tx) => {
    const slot = await tx.visitSlot.findUnique({ where: { id: slotId } });
    if (!slot) throw notFound();
    if (slot.status === "CLOSED") throw conflict("fieldTrips.errors.slotClosed");
    const closed = await tx.visitSlot.update({ where: { id: slotId }, data: { status: "CLOSED" } });
    await recordAudit(tx, { actor, action: "visitSlot.close", entity: "VisitSlot", entityId: slotId, before: { status: slot.status }, after: { status: "CLOSED" } });
    return closed;
  });
}

/** Bookings that hold places and whose school is told when their slot moves. */
const ACTIVE_BOOKING_STATUSES = ["PENDING", "CONFIRMED"] as const;

/**
 * Staff change a slot's time and capacity. The slot row is locked, so bookings made meanwhile queue
 * behind the change and re-check the places left after it. Capacity never goes below what is booked:
 * checked here under the lock, and by the CHECK constraint "VisitSlot_booked_within_capacity" as the
 * last guard. Moving the time tells every school with an active booking, each in its coordinator's
 * language, in the same transaction.
 */
export async function editVisitSlot(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, FIELD_TRIP_PERMISSIONS.manageSlots);
  const data = parseInput(EditVisitSlotSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "VisitSlot" WHERE id = ${data.slotId} FOR UPDATE`;
      if (!locked) throw notFound();
      const slot = await tx.visitSlot.findUniqueOrThrow({ where: { id: data.slotId }, include: { exhibition: true } });
      if (data.capacity < slot.bookedCount) throw conflict("fieldTrips.errors.capacityBelowBooked", { booked: slot.bookedCount });
      const startsAt = centerDateTimeToUtc(data.date, data.time);
      const endsAt = new Date(startsAt.getTime() + (slot.endsAt.getTime() - slot.startsAt.getTime()));
      const updated = await tx.visitSlot.update({ where: { id: slot.id }, data: { startsAt, endsAt, capacity: data.capacity } });
      const before = { startsAt: slot.startsAt, endsAt: slot.endsAt, capacity: slot.capacity };
      await recordAudit(tx, { actor, action: "visitSlot.edit", entity: "VisitSlot", entityId: slot.id, before, after: { startsAt, endsAt, capacity: data.capacity } });
      if (startsAt.getTime() !== slot.startsAt.getTime()) {
        const bookings = await tx.fieldTripBooking.findMany({
          where: { slotId: slot.id, status: { in: [...ACTIVE_BOOKING_STATUSES] } },
          include: { coordinator: { select: { id: true, email: true, locale: true } } },
        });
        for (const booking of bookings) {
          await queueNotification(tx, {
            user: booking.coordinator,
            template: "fieldTrip.slotMoved",
            payload: {
              reference: booking.reference,
              exhibition: translated(slot.exhibition, "title", recipientLocale(booking.coordinator)),
              from: centerDateTimeText(slot.startsAt),
              to: centerDateTimeText(startsAt),
            },
          });
        }
      }
      return updated;
    });
  } catch (error) {
    // 23514: the CHECK refused a capacity a concurrent booking made too small; 23505: another slot holds that time.
    if (isDomainError(error)) throw error;
    const key = databaseErrorCode(error) === "23514" ? "fieldTrips.errors.capacityBelowBookedNow" : "fieldTrips.errors.slotExists";
    throw fromDatabaseError(error, key) ?? error;
  }
}

const SLOT_ORDER: Record<SlotSort, (dir: Prisma.SortOrder) => Prisma.VisitSlotOrderByWithRelationInput[]> = {
  startsAt: (dir) => [{ startsAt: dir }],
  bookedCount: (dir) => [{ bookedCount: dir }, { startsAt: "asc" }],
  status: (dir) => [{ status: dir }, { startsAt: "asc" }],
};

/** Staff view of upcoming slots (open and closed) with their fill, a page at a time. */
export async function listUpcomingSlots(db: Db, actor: Actor | null, query: UpcomingSlotsQuery = UpcomingSlotsQuerySchema.parse({}), now = new Date()) {
  requirePermission(actor, FIELD_TRIP_PERMISSIONS.manageSlots);
  const where: Prisma.VisitSlotWhereInput = { startsAt: { gte: now }, exhibitionId: query.exhibitionId, status: query.status };
  return findPage(
    query,
    (window) =>
      db.visitSlot.findMany({
        where,
        include: { exhibition: { select: { title: true, translations: true } } },
        orderBy: [...SLOT_ORDER[query.sort](query.dir), { id: "asc" }],
        ...window,
      }),
    () => db.visitSlot.count({ where }),
  );
}

/** One slot with its exhibition, for the staff edit page. */
export async function getVisitSlot(db: Db, actor: Actor | null, slotId: string) {
  requirePermission(actor, FIELD_TRIP_PERMISSIONS.manageSlots);
  const slot = await db.visitSlot.findUnique({ where: { id: slotId }, include: { exhibition: { select: { title: true, translations: true } } } });
  if (!slot) throw notFound();
  return slot;
}
