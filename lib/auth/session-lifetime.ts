/**
 * How long a sign-in lasts (ADR 0003). The numbers live here only.
 * - IDLE: a session unused for this long ends; each use slides it forward.
 * - ABSOLUTE: no session outlives this, however busy; it is also the cookie's (JWT's) own lifetime.
 * - TOUCH_EVERY: the session row is written at most this often (not on every request), so the
 *   effective idle limit lies between IDLE − TOUCH_EVERY and IDLE.
 */
export const SESSION_LIFETIME = {
  idleMinutes: 120,
  absoluteDays: 7,
  touchEveryMinutes: 5,
} as const;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Seconds, for next-auth's `session.maxAge` (the cookie and the JWT's `exp`). */
export const ABSOLUTE_LIFETIME_SECONDS = (SESSION_LIFETIME.absoluteDays * DAY) / 1000;

/** When a session seen at `seenAt` ends if unused: IDLE later, but never past its absolute end. */
export function expiryAfter(createdAt: Date, seenAt: Date): Date {
  return new Date(Math.min(seenAt.getTime() + SESSION_LIFETIME.idleMinutes * MINUTE, createdAt.getTime() + SESSION_LIFETIME.absoluteDays * DAY));
}

/** The last moment a touch may be skipped: rows seen before this get their expiry slid. */
export function touchDueBefore(now: Date): Date {
  return new Date(now.getTime() - SESSION_LIFETIME.touchEveryMinutes * MINUTE);
}

export interface SessionTimes {
  expiresAt: Date;
  revokedAt: Date | null;
}

export function isSessionActive(session: SessionTimes, now: Date): boolean {
  return session.revokedAt === null && session.expiresAt.getTime() > now.getTime();
}
