import type { Db } from "@/lib/db/create-client";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation";
import { ExhibitionFilterSchema } from "./schemas";
import { bookingWindow } from "./rules";

/** Public catalogue: published exhibitions, filtered by era, a visitor age and a tour language. */
export async function listExhibitions(db: Db, rawFilter: unknown) {
  const filter = parseInput(ExhibitionFilterSchema, rawFilter ?? {});
  const where: Prisma.ExhibitionWhereInput = { published: true };
  if (filter.era) where.era = filter.era;
  if (filter.age !== undefined) Object.assign(where, { ageMin: { lte: filter.age }, ageMax: { gte: filter.age } });
  if (filter.language) where.tourLanguages = { has: filter.language };
  const exhibitions = await db.exhibition.findMany({
    where,
    orderBy: [{ era: "asc" }, { title: "asc" }],
    include: { _count: { select: { exhibits: true } } },
  });
  return { filter, exhibitions };
}

/** Upcoming open slots of one exhibition with live remaining places and whether booking is open. */
export async function listSlotsWithRemaining(db: Db, exhibitionId: string, { from = new Date(), to, now = new Date() }: { from?: Date; to?: Date; now?: Date } = {}) {
  const slots = await db.visitSlot.findMany({
    where: { exhibitionId, status: "OPEN", startsAt: { gte: from, ...(to ? { lt: to } : {}) } },
    orderBy: { startsAt: "asc" },
    take: 200,
  });
  return slots.map((slot) => ({
    id: slot.id,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    capacity: slot.capacity,
    remaining: Math.max(0, slot.capacity - slot.bookedCount),
    window: bookingWindow(slot.startsAt, now),
  }));
}

export type SlotWithRemaining = Awaited<ReturnType<typeof listSlotsWithRemaining>>[number];

/** An exhibition page: its exhibits in order and its upcoming slots. 404 when unpublished. */
export async function getExhibition(db: Db, slug: string, now = new Date()) {
  const exhibition = await db.exhibition.findUnique({
    where: { slug },
    include: { exhibits: { orderBy: { position: "asc" } } },
  });
  if (!exhibition || !exhibition.published) throw notFound();
  const slots = await listSlotsWithRemaining(db, exhibition.id, { now });
  return { exhibition, slots };
}

/** One slot with its exhibition, for the booking form. */
export async function getBookableSlot(db: Db, slotId: string, now = new Date()) {
  const slot = await db.visitSlot.findUnique({ where: { id: slotId }, include: { exhibition: true } });
  if (!slot || !slot.exhibition.published) throw notFound("fieldTrips.errors.slotNotFound");
  return { slot, remaining: Math.max(0, slot.capacity - slot.bookedCount), window: bookingWindow(slot.startsAt, now) };
}
