import type { Db } from "@/lib/db/create-client";
import { unauthenticated } from "@/lib/errors";
import type { Actor } from "./actor";
import { describeDevice } from "./describe-device";

/** The most sessions the account page lists; older ones still count and still end with "sign out everywhere". */
const LISTED = 20;

export type OwnSession = Awaited<ReturnType<typeof listOwnSessions>>[number];

/** The signed-in person's live sessions, most recently used first, marking the one making this request. */
export async function listOwnSessions(db: Db, actor: Actor | null, now = new Date()) {
  if (!actor) throw unauthenticated();
  const rows = await db.session.findMany({
    where: { userId: actor.id, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
    orderBy: { lastSeenAt: "desc" },
    take: LISTED,
  });
  // Session ids are bearer secrets: they stay on the server.
  return rows.map(({ id, userAgent, ...row }) => ({ ...row, ...describeDevice(userAgent), current: id === actor.sessionId }));
}
