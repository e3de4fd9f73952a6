import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { revokeSessions } from "@/lib/auth/revoke-sessions";
import { recordAudit } from "@/lib/audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { ACCOUNT_AUDIT } from "./events";
import { SetAccountDisabledSchema } from "./schemas";

/**
 * An admin disables an account, or enables it again. Disabling ends every session of the person at
 * once; enabling does not bring them back, so the person signs in again.
 */
export async function setAccountDisabled(db: Db, actor: Actor | null, input: unknown, now = new Date()) {
  requirePermission(actor, "manage:user:any");
  const { userId, disabled } = parseInput(SetAccountDisabledSchema, input);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { disabledAt: true } });
    if (!user) throw notFound();
    const disabledAt = disabled ? (user.disabledAt ?? now) : null;
    await tx.user.update({ where: { id: userId }, data: { disabledAt } });
    const sessionsEnded = disabled ? await revokeSessions(tx, userId, "ACCOUNT_DISABLED", now) : 0;
    await recordAudit(tx, {
      actor,
      action: disabled ? ACCOUNT_AUDIT.disable : ACCOUNT_AUDIT.enable,
      entity: "User",
      entityId: userId,
      before: { disabledAt: user.disabledAt },
      after: { disabledAt, sessionsEnded },
    });
    return { disabledAt, sessionsEnded };
  });
}
