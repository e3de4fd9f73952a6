import type { Tx } from "@/lib/db/create-client";
import type { SessionEndReason } from "@/lib/generated/prisma/enums";

/**
 * Ends every live session of a person, on every app instance at once (each request checks its
 * session row). The one place for it: "sign out everywhere", disabling an account and changing
 * someone's roles all call this, inside the transaction that makes their change.
 * Returns how many sessions ended.
 */
export async function revokeSessions(tx: Tx, userId: string, reason: SessionEndReason, now = new Date()): Promise<number> {
  const { count } = await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now, revokedReason: reason } });
  return count;
}

/** Ends one session (sign-out of this browser). Unknown or already ended sessions are left as they are. */
export async function revokeSession(tx: Tx, sessionId: string, reason: SessionEndReason = "SIGN_OUT", now = new Date()): Promise<void> {
  await tx.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now, revokedReason: reason } });
}
