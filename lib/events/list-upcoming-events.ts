import type { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import type { Locale } from "@/lib/i18n/locales";
import { findOrderedPage, numberOrder, textOrder } from "@/lib/i18n/localized-order";
import { translated } from "@/lib/i18n/translated";
import { pageQuerySchema } from "@/lib/paging";

export const EVENT_SORTS = ["date", "title"] as const;
/** Upcoming events read best soonest first; ordering by title is the alternative. */
export const EventListQuerySchema = pageQuerySchema(EVENT_SORTS, { sort: "date", dir: "asc", size: 10 });
export type EventListQuery = z.output<typeof EventListQuerySchema>;

/** Published events that have not ended, one page ordered by start or by the title in the reader's language. */
export async function listUpcomingEvents(db: Db, locale: Locale, query: EventListQuery, now = new Date()) {
  const where = { published: true, endsAt: { gte: now } };
  const keys = (await db.event.findMany({ where, select: { id: true, title: true, translations: true, startsAt: true } })).map((event) => ({
    id: event.id,
    title: translated(event, "title", locale),
    startsAt: event.startsAt.getTime(),
  }));
  const byTitle = textOrder(locale, query.sort === "title" ? query.dir : "asc");
  const byDate = numberOrder(query.sort === "date" ? query.dir : "asc");
  return findOrderedPage(
    query,
    keys,
    (a, b) => (query.sort === "title" ? byTitle(a.title, b.title) || byDate(a.startsAt, b.startsAt) : byDate(a.startsAt, b.startsAt) || byTitle(a.title, b.title)),
    (ids) => db.event.findMany({ where: { ...where, id: { in: ids } } }),
  );
}
