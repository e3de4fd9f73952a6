import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { ROLES_NEEDING_VERIFICATION } from "@/lib/auth/permissions";
import { conflict, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { queueNotification } from "@/lib/notifications/queue-notification";

const VerifyRoleSchema = z.object({
  userId: z.string().min(1),
  role: z.enum(["SCHOOL_COORDINATOR", "BUSINESS"]),
});

/** Staff verify a school coordinator or business representative; the person is told, the change audited. */
export async function verifyRole(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, "verify:account:any");
  const { userId, role } = parseInput(VerifyRoleSchema, input);
  return db.$transaction(async (tx) => {
    const held = await tx.userRole.findUnique({ where: { userId_role: { userId, role } }, include: { user: true } });
    if (!held || !ROLES_NEEDING_VERIFICATION.includes(role)) throw notFound();
    if (held.verifiedAt) throw conflict("errors.alreadyVerified");
    const updated = await tx.userRole.update({
      where: { userId_role: { userId, role } },
      data: { verifiedAt: new Date(), verifiedById: actor.id },
    });
    await recordAudit(tx, { actor, action: "verify", entity: "UserRole", entityId: `${userId}:${role}`, before: { verifiedAt: null }, after: { verifiedAt: updated.verifiedAt } });
    await queueNotification(tx, { user: held.user, template: "account.verified", payload: { name: held.user.name, role } });
    return updated;
  });
}

/** Accounts awaiting verification, oldest first. */
export async function listPendingVerifications(db: Db, actor: Actor | null) {
  requirePermission(actor, "verify:account:any");
  return db.userRole.findMany({
    where: { verifiedAt: null, role: { in: [...ROLES_NEEDING_VERIFICATION] } },
    include: { user: { select: { id: true, name: true, email: true, organization: true, createdAt: true } } },
    orderBy: { createdAt: "asc" },
  });
}
