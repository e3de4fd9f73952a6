import type { Db } from "@/lib/db/create-client";
import { clientAddress } from "@/lib/http/client-address";
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

/** Where a request came from, for the audit log; the address as sign-in throttling sees it (lib/http/client-address). */
export function clientOf(requestHeaders: Headers): NonNullable<Actor["client"]> {
  return {
    ip: clientAddress(requestHeaders),
    userAgent: requestHeaders.get("user-agent")?.slice(0, 300) ?? undefined,
  };
}
