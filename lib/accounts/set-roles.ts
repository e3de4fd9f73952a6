import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { revokeSessions } from "@/lib/auth/revoke-sessions";
import { recordAudit } from "@/lib/audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { ACCOUNT_AUDIT } from "./events";
import { SetRolesSchema } from "./schemas";

/**
 * An admin sets exactly which roles someone holds. Any change ends the person's sessions at once, so
 * they sign in again under the new roles (a role granted through a membership approval is not a
 * change made here and signs no one out). Roles tied to an organisation still count only with a
 * verified membership (`toActor`).
 */
export async function setRoles(db: Db, actor: Actor | null, input: unknown, now = new Date()) {
  requirePermission(actor, "manage:user:any");
  const { userId, roles } = parseInput(SetRolesSchema, input);
  const wanted = new Set(roles);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { roles: { select: { role: true } } } });
    if (!user) throw notFound();
    const held = new Set(user.roles.map((r) => r.role));
    const added = [...wanted].filter((role) => !held.has(role));
    const removed = [...held].filter((role) => !wanted.has(role));
    if (added.length === 0 && removed.length === 0) return { roles: [...held], sessionsEnded: 0 };
    await tx.userRole.deleteMany({ where: { userId, role: { in: removed } } });
    await tx.userRole.createMany({ data: added.map((role) => ({ userId, role, verifiedAt: now, verifiedById: actor.id })) });
    const sessionsEnded = await revokeSessions(tx, userId, "ROLES_CHANGED", now);
    await recordAudit(tx, {
      actor,
      action: ACCOUNT_AUDIT.changeRoles,
      entity: "User",
      entityId: userId,
      before: { roles: [...held] },
      after: { roles: [...wanted], sessionsEnded },
    });
    return { roles: [...wanted], sessionsEnded };
  });
}
