import type { Db } from "@/lib/db/create-client";

export function listRooms(db: Db) {
  return db.room.findMany({ where: { active: true }, orderBy: { capacity: "desc" } });
}
