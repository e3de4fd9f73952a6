import type { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import type { Locale } from "@/lib/i18n/locales";
import { findOrderedPage, numberOrder, textOrder } from "@/lib/i18n/localized-order";
import { translated } from "@/lib/i18n/translated";
import { pageQuerySchema } from "@/lib/paging";

export const ROOM_SORTS = ["name", "capacity"] as const;
export const RoomListQuerySchema = pageQuerySchema(ROOM_SORTS, { sort: "name", dir: "asc", size: 10 });
export type RoomListQuery = z.output<typeof RoomListQuerySchema>;

/** Rooms open for reservation, one page ordered by the name in the reader's language or by capacity (then name). */
export async function listRooms(db: Db, locale: Locale, query: RoomListQuery) {
  const where = { active: true };
  const keys = (await db.room.findMany({ where, select: { id: true, name: true, translations: true, capacity: true } })).map((room) => ({
    id: room.id,
    name: translated(room, "name", locale),
    capacity: room.capacity,
  }));
  const byName = textOrder(locale, query.sort === "name" ? query.dir : "asc");
  const byCapacity = numberOrder(query.dir);
  return findOrderedPage(
    query,
    keys,
    (a, b) => (query.sort === "capacity" ? byCapacity(a.capacity, b.capacity) : 0) || byName(a.name, b.name),
    (ids) => db.room.findMany({ where: { ...where, id: { in: ids } } }),
  );
}
