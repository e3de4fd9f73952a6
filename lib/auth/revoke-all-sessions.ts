import type { Db } from "@/lib/db/create-client";
import { unauthenticated } from "@/lib/errors";
import type { Actor } from "./actor";
import { revokeSessions } from "./revoke-sessions";

/** "Sign out everywhere": the signed-in person ends all their own sessions, this one included. */
export async function revokeAllSessions(db: Db, actor: Actor | null, now = new Date()): Promise<number> {
  if (!actor) throw unauthenticated();
  return revokeSessions(db, actor.id, "SIGN_OUT_EVERYWHERE", now);
}
