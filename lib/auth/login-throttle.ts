import type { Tx } from "@/lib/db/create-client";
import { rateLimited } from "@/lib/errors";

/**
 * Sign-in throttling, kept in PostgreSQL (`LoginThrottle`) so every app instance shares it. It is
 * built so that a stranger cannot use it against an account's owner (OWASP ASVS 4.0.3 V2.2.1):
 *
 * - per (account, address) pair: a few free failures, then a delay that doubles with each further
 *   failure. A stranger's failures slow down only the stranger's own pair, never the owner's.
 * - per address, whatever the account: a budget of failures, then a lock (one address guessing
 *   across many accounts).
 * - per account, from all addresses: past a budget (guessing from many addresses) only addresses
 *   the owner has signed in from before may keep trying, so the owner at home is never locked out.
 *
 * Every number is here, once (README "Sign-in throttling" quotes them).
 */
export const SIGN_IN_THROTTLE = {
  pair: { freeFailures: 3, firstDelaySeconds: 30, maxDelaySeconds: 15 * 60, windowMinutes: 24 * 60 },
  address: { failures: 30, windowMinutes: 15, lockMinutes: 15 },
  account: { failures: 100, windowMinutes: 60 },
  knownAddressDays: 90,
} as const;

/** Seconds the pair must wait after its n-th failure within the window (0 while failures are free). */
export function pairDelaySeconds(failures: number): number {
  const { freeFailures, firstDelaySeconds, maxDelaySeconds } = SIGN_IN_THROTTLE.pair;
  if (failures <= freeFailures) return 0;
  return Math.min(maxDelaySeconds, firstDelaySeconds * 2 ** (failures - freeFailures - 1));
}

/** Who is trying: the account's email (lower-cased) and the client address (see lib/http/client-address). */
export type SignInAttempt = { email: string; address: string | undefined };

const UNKNOWN_ADDRESS = "unknown";
const keys = ({ email, address = UNKNOWN_ADDRESS }: SignInAttempt) => ({
  pair: `pair:${email}|${address}`,
  address: `ip:${address}`,
  account: `account:${email}`,
  known: `known:${email}|${address}`,
});

const minutesUntil = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));

/** Throws rate_limited (with the minutes to wait) while this attempt must wait. */
export async function assertNotThrottled(db: Tx, attempt: SignInAttempt, now = new Date()): Promise<void> {
  const k = keys(attempt);
  const rows = await db.loginThrottle.findMany({ where: { key: { in: Object.values(k) } } });
  const row = (key: string) => rows.find((r) => r.key === key);
  const locks = [row(k.pair)?.lockedUntil, row(k.address)?.lockedUntil].filter((d): d is Date => !!d && d > now);

  const { account: budget, knownAddressDays } = SIGN_IN_THROTTLE;
  const account = row(k.account);
  const accountWindowEnd = account && new Date(account.windowStart.getTime() + budget.windowMinutes * 60_000);
  const known = row(k.known);
  const isKnownAddress = !!known && known.windowStart.getTime() > now.getTime() - knownAddressDays * 86_400_000;
  if (account && accountWindowEnd! > now && account.failures >= budget.failures && !isKnownAddress) locks.push(accountWindowEnd!);

  if (locks.length === 0) return;
  const until = new Date(Math.max(...locks.map((d) => d.getTime())));
  throw rateLimited("errors.loginThrottled", { minutes: minutesUntil(until, now) });
}

/**
 * Counts one failure on a key, atomically (concurrent failures on several instances all count),
 * starting a new window when the last one has passed. Returns the failures in the current window.
 */
async function countFailure(db: Tx, key: string, windowMinutes: number): Promise<number> {
  const [{ failures }] = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "lockedUntil")
    VALUES (${key}, 1, now(), NULL)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(mins => ${windowMinutes})
                        THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(mins => ${windowMinutes})
                           THEN now() ELSE "LoginThrottle"."windowStart" END
    RETURNING "failures"`;
  return failures;
}

/** Locks a key for some seconds from now, never shortening a longer lock a concurrent failure set. */
async function lockFor(db: Tx, key: string, seconds: number): Promise<void> {
  await db.$executeRaw`
    UPDATE "LoginThrottle" SET "lockedUntil" = GREATEST(COALESCE("lockedUntil", now()), now() + make_interval(secs => ${seconds}))
    WHERE "key" = ${key}`;
}

export async function recordLoginFailure(db: Tx, attempt: SignInAttempt): Promise<void> {
  const k = keys(attempt);
  const { pair, address, account } = SIGN_IN_THROTTLE;
  const pairFailures = await countFailure(db, k.pair, pair.windowMinutes);
  const delay = pairDelaySeconds(pairFailures);
  if (delay > 0) await lockFor(db, k.pair, delay);
  // No address known (a proxy misconfigured): no shared budget, which would lock out everyone at once.
  if (attempt.address && (await countFailure(db, k.address, address.windowMinutes)) >= address.failures) await lockFor(db, k.address, address.lockMinutes * 60);
  await countFailure(db, k.account, account.windowMinutes);
}

/** After a successful sign-in: the pair starts afresh and the address counts as the owner's. */
export async function recordLoginSuccess(db: Tx, attempt: SignInAttempt): Promise<void> {
  const k = keys(attempt);
  await db.loginThrottle.deleteMany({ where: { key: k.pair } });
  await db.$executeRaw`
    INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "lockedUntil") VALUES (${k.known}, 0, now(), NULL)
    ON CONFLICT ("key") DO UPDATE SET "windowStart" = now()`;
}
