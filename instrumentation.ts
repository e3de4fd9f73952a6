/**
 * Background work of each server instance:
 * - every minute, the expiry sweep of course offers (lapsed offers give their places to the next in
 *   line; instances skip sections another one holds, so running it everywhere is safe);
 * - with SMTP_URL set, delivery of the notification outbox every 30 seconds (instances never send the
 *   same message twice: deliverOutbox skips rows another instance holds).
 * Timers are unref'd (they never keep the process alive); failures are logged, never thrown.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  const [{ createPrismaClient }, { env }, { sweepExpiredOffers }, { OFFER_SWEEP_INTERVAL_MS }] = await Promise.all([
    import("@/lib/db/create-client"),
    import("@/lib/env"),
    import("@/lib/courses/sweep-expired-offers"),
    import("@/lib/courses/rules"),
  ]);
  const { DATABASE_URL, SMTP_URL, MAIL_FROM: from } = env();
  const db = createPrismaClient(DATABASE_URL, { max: 2 });

  const sweep = () => sweepExpiredOffers(db).catch((error) => console.error("[courses] offer expiry sweep failed", error));
  setInterval(sweep, OFFER_SWEEP_INTERVAL_MS).unref();
  void sweep();

  if (!SMTP_URL) return;
  const [{ createTransport }, { deliverOutbox }] = await Promise.all([import("nodemailer"), import("@/lib/notifications/deliver-outbox")]);
  const transport = createTransport(SMTP_URL);
  const tick = () =>
    deliverOutbox(db, transport, { from }).catch((error) => console.error("[outbox] delivery failed", error));
  setInterval(tick, 30_000).unref();
  void tick();
}
