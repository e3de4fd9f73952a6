import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";

/** Staff read the outbox: the newest messages first. */
export async function listOutbox(db: Db, actor: Actor | null, { take = 100 } = {}) {
  requirePermission(actor, "read:outbox:any");
  return db.outboxMessage.findMany({ orderBy: { createdAt: "desc" }, take });
}
