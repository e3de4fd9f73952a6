import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { conflict, fromDatabaseError, invalid, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findPage } from "@/lib/paging";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { addDays, centerDateTimeToUtc, isoWeekdayOf } from "@/lib/time/center-time";
import { CloseVisitSlotSchema, CreateVisitSlotSchema, SlotSeriesSchema, UpcomingSlotsQuerySchema, type SlotSort, type UpcomingSlotsQuery } from "./schemas";
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
