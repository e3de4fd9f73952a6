/**
 * With SMTP_URL set, each server instance delivers the notification outbox every 30 seconds.
 * Instances never send the same message twice (deliverOutbox skips rows another instance holds).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.SMTP_URL || !process.env.DATABASE_URL) return;
  const [{ createTransport }, { createPrismaClient }, { deliverOutbox }, { env }] = await Promise.all([
    import("nodemailer"),
    import("@/lib/db/create-client"),
    import("@/lib/notifications/deliver-outbox"),
    import("@/lib/env"),
  ]);
  const { DATABASE_URL, SMTP_URL, MAIL_FROM: from } = env();
  const db = createPrismaClient(DATABASE_URL, { max: 2 });
  const transport = createTransport(SMTP_URL);
  const tick = () =>
    deliverOutbox(db, transport, { from }).catch((error) => console.error("[outbox] delivery failed", error));
  setInterval(tick, 30_000).unref();
  void tick();
}
