import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Queues a message in the outbox inside the caller's transaction, so a status change and the
 * notice about it are written together or not at all. `template` names a key under
 * `notifications` in the catalogs; the sender renders it in the recipient's locale.
 */
export async function queueNotification(
  tx: Tx,
  { user, template, payload }: { user: { id: string; email: string; locale: string }; template: string; payload: Prisma.InputJsonObject },
) {
  return tx.outboxMessage.create({
    data: { userId: user.id, toEmail: user.email, locale: user.locale, template, payload },
  });
}
