import type { Db } from "@/lib/db/create-client";

export function listUpcomingEvents(db: Db, now = new Date()) {
  return db.event.findMany({ where: { published: true, endsAt: { gte: now } }, orderBy: { startsAt: "asc" } });
}
