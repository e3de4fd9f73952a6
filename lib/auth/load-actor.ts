import type { Db } from "@/lib/db/create-client";
import { clientAddress } from "@/lib/http/client-address";
import { ACTOR_INCLUDE, toActor, type Actor } from "./actor";
import { expiryAfter, isSessionActive, touchDueBefore } from "./session-lifetime";

/** What a decoded session token carries that matters here: the user (`sub`) and the session (`sid`). */
export interface SessionClaims {
  sub?: unknown;
  sid?: unknown;
}

/**
 * The actor behind a session token, read fresh from the database together with the token's session
 * row: a session that was signed out, signed out everywhere, ended by an admin or left idle is refused
 * at once on every instance, and so are a disabled account and a token without a session (issued
 * before sessions were recorded). A role revoked takes effect on the next request, whatever the token
 * says. Pages (`getActor`) and the JSON API (`apiRoute`) both come here.
 */
export async function loadActor(db: Db, claims: SessionClaims | null | undefined, requestHeaders: Headers, now = new Date()): Promise<Actor | null> {
  const userId = claims?.sub;
  const sessionId = claims?.sid;
  if (typeof userId !== "string" || typeof sessionId !== "string" || !userId || !sessionId) return null;
  const session = await db.session.findUnique({ where: { id: sessionId }, include: { user: { include: ACTOR_INCLUDE } } });
  if (!session || session.userId !== userId || !isSessionActive(session, now) || session.user.disabledAt) return null;
  const client = clientOf(requestHeaders);
  if (session.lastSeenAt < touchDueBefore(now)) await touchSession(db, session, client, now);
  return { ...toActor(session.user), client, sessionId };
}

/**
 * Slides the idle expiry, at most once per `touchEveryMinutes` per session: the condition on
 * `lastSeenAt` lets only one of several concurrent requests write, and never revives a revoked row.
 */
async function touchSession(db: Db, session: { id: string; createdAt: Date }, client: NonNullable<Actor["client"]>, now: Date) {
  await db.session.updateMany({
    where: { id: session.id, revokedAt: null, lastSeenAt: { lt: touchDueBefore(now) } },
    data: { lastSeenAt: now, expiresAt: expiryAfter(session.createdAt, now), ip: client.ip, userAgent: client.userAgent },
  });
}

/** Where a request came from, for the audit log; the address as sign-in throttling sees it (lib/http/client-address). */
export function clientOf(requestHeaders: Headers): NonNullable<Actor["client"]> {
  return {
    ip: clientAddress(requestHeaders),
    userAgent: requestHeaders.get("user-agent")?.slice(0, 300) ?? undefined,
  };
}
