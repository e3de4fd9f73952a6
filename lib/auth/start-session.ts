import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db/create-client";
import type { Actor } from "./actor";
import { expiryAfter } from "./session-lifetime";

/**
 * A new session row for a person who just proved who they are. Its id goes into the session token
 * as `sid`: 32 random bytes, so it cannot be guessed (the token itself is also encrypted).
 */
export async function startSession(db: Tx, userId: string, client: Actor["client"] = {}, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.session.create({
    data: { id, userId, createdAt: now, lastSeenAt: now, expiresAt: expiryAfter(now, now), ip: client.ip, userAgent: client.userAgent },
  });
  return id;
}
