import "server-only";
import type { Db } from "@/lib/db/create-client";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { translated } from "@/lib/i18n/translated";
import { parseInput } from "@/lib/validation";
import { ExhibitionFilterSchema } from "./schemas";
import { ERAS, bookingWindow } from "./rules";

/**
 * Public catalogue: published exhibitions, filtered by era, a visitor age and a tour language, in
 * era order and then by title as the reader sees it (their language's title and alphabet).
 */
export async function listExhibitions(db: Db, rawFilter: unknown, locale: Locale) {
  const filter = parseInput(ExhibitionFilterSchema, rawFilter ?? {});
  const where: Prisma.ExhibitionWhereInput = { published: true };
  if (filter.era) where.era = filter.era;
  if (filter.age !== undefined) Object.assign(where, { ageMin: { lte: filter.age }, ageMax: { gte: filter.age } });
  if (filter.language) where.tourLanguages = { has: filter.language };
  const found = await db.exhibition.findMany({ where, include: { _count: { select: { exhibits: true } } } });
  // The catalogue is a few dozen exhibitions: sorting here lets the collator follow the reader's language.
  const collator = new Intl.Collator(locale);
  const exhibitions = found
    .map((exhibition) => ({ exhibition, title: translated(exhibition, "title", locale) }))
    .sort((a, b) => ERAS.indexOf(a.exhibition.era) - ERAS.indexOf(b.exhibition.era) || collator.compare(a.title, b.title))
    .map(({ exhibition }) => exhibition);
  return { filter, exhibitions };
}

/** A slot as bookers see it: places left (never negative) and where it stands in the booking window. */
export function withPlacesLeft<S extends { capacity: number; bookedCount: number; startsAt: Date }>(slot: S, now = new Date()) {
  return { ...slot, remaining: Math.max(0, slot.capacity - slot.bookedCount), window: bookingWindow(slot.startsAt, now) };
}

/** Upcoming open slots of one exhibition with live remaining places and whether booking is open. */
export async function listSlotsWithRemaining(db: Db, exhibitionId: string, { from = new Date(), to, now = new Date() }: { from?: Date; to?: Date; now?: Date } = {}) {
  const slots = await db.visitSlot.findMany({
    where: { exhibitionId, status: "OPEN", startsAt: { gte: from, ...(to ? { lt: to } : {}) } },
    orderBy: { startsAt: "asc" },
    take: 200,
  });
  return slots.map((slot) => withPlacesLeft(slot, now));
}

export type SlotWithRemaining = Awaited<ReturnType<typeof listSlotsWithRemaining>>[number];

/** A published exhibition by slug; 404 when missing or unpublished. */
export async function findPublishedExhibition(db: Db, slug: string) {
  const exhibition = await db.exhibition.findUnique({ where: { slug } });
  if (!exhibition || !exhibition.published) throw notFound();
  return exhibition;
}

/** An exhibition page: its exhibits in order and its upcoming slots. 404 when unpublished. */
export async function getExhibition(db: Db, slug: string, now = new Date()) {
  const exhibition = await findPublishedExhibition(db, slug);
  const [exhibits, slots] = await Promise.all([
    db.exhibit.findMany({ where: { exhibitionId: exhibition.id }, orderBy: { position: "asc" } }),
    listSlotsWithRemaining(db, exhibition.id, { now }),
  ]);
  return { exhibition: { ...exhibition, exhibits }, slots };
}

/** One slot with its exhibition, for the booking form. */
export async function getBookableSlot(db: Db, slotId: string, now = new Date()) {
  const slot = await db.visitSlot.findUnique({ where: { id: slotId }, include: { exhibition: true } });
  if (!slot || !slot.exhibition.published) throw notFound("fieldTrips.errors.slotNotFound");
  const { remaining, window } = withPlacesLeft(slot, now);
  return { slot, remaining, window };
}
