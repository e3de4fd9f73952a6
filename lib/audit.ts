import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";

type Snapshot = Prisma.InputJsonValue | null | undefined;

/** Records a staff/admin change: who, what, before/after. Call inside the transaction that makes the change. */
export async function recordAudit(
  tx: Tx,
  entry: { actor: Actor; action: string; entity: string; entityId: string; before?: Snapshot; after?: Snapshot },
) {
  const toJson = (value: Snapshot) => (value == null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue));
  await tx.auditLog.create({
    data: {
      actorId: entry.actor.id,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}
