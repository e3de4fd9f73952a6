import type { Db } from "@/lib/db/create-client";
import { ACTOR_INCLUDE, toActor, type Actor } from "./actor";

/**
 * The actor behind a session's user id, read fresh from the database: a role revoked or an account
 * disabled takes effect on the next request, whatever the token says. Pages (`getActor`) and the
 * JSON API (`apiRoute`) both come here.
 */
export async function loadActor(db: Db, userId: string | undefined, requestHeaders: Headers): Promise<Actor | null> {
  if (!userId) return null;
  const user = await db.user.findUnique({ where: { id: userId }, include: ACTOR_INCLUDE });
  if (!user || user.disabledAt) return null;
  return { ...toActor(user), client: clientOf(requestHeaders) };
}

/** Where a request came from, for the audit log. The address is the first forwarded hop when a proxy set one. */
export function clientOf(requestHeaders: Headers): NonNullable<Actor["client"]> {
  const forwarded = requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    ip: (forwarded || requestHeaders.get("x-real-ip") || undefined)?.slice(0, 64),
    userAgent: requestHeaders.get("user-agent")?.slice(0, 300) ?? undefined,
  };
}
