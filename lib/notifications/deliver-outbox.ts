import "server-only";
import type { Transporter } from "nodemailer";
import type { Db } from "@/lib/db/create-client";
import { renderNotification } from "./render-notification";

export const MAX_ATTEMPTS = 5;

/**
 * Sends a batch of pending outbox messages. `FOR UPDATE SKIP LOCKED` lets every app instance run
 * this at once without sending anything twice. A failed send is retried up to MAX_ATTEMPTS.
 */
export async function deliverOutbox(db: Db, transport: Transporter, { from, batch = 20 }: { from: string; batch?: number }) {
  return db.$transaction(
    async (tx) => {
      const due = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "OutboxMessage"
         WHERE "status" = 'PENDING' AND "attempts" < ${MAX_ATTEMPTS}
         ORDER BY "createdAt"
         LIMIT ${batch}
         FOR UPDATE SKIP LOCKED`;
      let sent = 0;
      let failed = 0;
      for (const { id } of due) {
        const message = await tx.outboxMessage.findUniqueOrThrow({ where: { id } });
        const { subject, text } = await renderNotification(message);
        try {
          await transport.sendMail({ from, to: message.toEmail, subject, text });
          await tx.outboxMessage.update({ where: { id }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
          sent++;
        } catch (error) {
          const attempts = message.attempts + 1;
          await tx.outboxMessage.update({
            where: { id },
            data: { attempts, status: attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING", lastError: error instanceof Error ? error.message.slice(0, 500) : String(error) },
          });
          failed++;
        }
      }
      return { sent, failed };
    },
    { timeout: 60_000 },
  );
}
