import type { Tx } from "@/lib/db/create-client";
import { rateLimited } from "@/lib/errors";

/**
 * Failed sign-ins are counted in PostgreSQL (not in memory) so every app instance sees the same
 * counts. A key is locked for LOCK_MINUTES after `limit` failures within WINDOW_MINUTES.
 */
export const WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;
export const LIMITS = { email: 5, ip: 30 } as const;

export type ThrottleKey = { kind: keyof typeof LIMITS; value: string };

const keyOf = (k: ThrottleKey) => `${k.kind}:${k.value.toLowerCase()}`;

export async function assertNotThrottled(db: Tx, keys: ThrottleKey[], now = new Date()): Promise<void> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys.map(keyOf) }, lockedUntil: { gt: now } } });
  if (rows.length === 0) return;
  const until = Math.max(...rows.map((r) => r.lockedUntil!.getTime()));
  throw rateLimited("errors.loginThrottled", { minutes: Math.ceil((until - now.getTime()) / 60_000) });
}

/** One atomic upsert per key: concurrent failures from several instances all count. */
export async function recordLoginFailure(db: Tx, keys: ThrottleKey[]): Promise<void> {
  for (const k of keys) {
    await db.$executeRaw`
      INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "lockedUntil")
      VALUES (${keyOf(k)}, 1, now(), NULL)
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(mins => ${WINDOW_MINUTES})
                          THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
        "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(mins => ${WINDOW_MINUTES})
                             THEN now() ELSE "LoginThrottle"."windowStart" END,
        "lockedUntil" = CASE WHEN "LoginThrottle"."windowStart" >= now() - make_interval(mins => ${WINDOW_MINUTES})
                              AND "LoginThrottle"."failures" + 1 >= ${LIMITS[k.kind]}
                             THEN now() + make_interval(mins => ${LOCK_MINUTES}) ELSE "LoginThrottle"."lockedUntil" END`;
  }
}

export async function clearLoginFailures(db: Tx, key: ThrottleKey): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: keyOf(key) } });
}
