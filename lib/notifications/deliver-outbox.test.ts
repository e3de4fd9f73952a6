import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { createTransport } from "nodemailer";
import type { AddressInfo } from "node:net";
import { db, uniq } from "@/tests/support/factories";
import { deliverOutbox, MAX_ATTEMPTS } from "./deliver-outbox";

// The only fake in the suite: an SMTP server on loopback standing in for the mail provider.
const received: { to: string; body: string }[] = [];
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let body = "";
      stream.on("data", (chunk) => (body += chunk));
      stream.on("end", () => {
        for (const to of session.envelope.rcptTo) received.push({ to: to.address, body });
        callback();
      });
    },
    onRcptTo(address, _session, callback) {
      callback(address.address.startsWith("bounce") ? new Error("mailbox unavailable") : undefined);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("deliverOutbox", () => {
  it("sends pending messages in the recipient's language and marks them sent; retries failures", async () => {
    // Clear the queue of messages other test files queued, so this batch is ours.
    await db.outboxMessage.updateMany({ where: { status: "PENDING" }, data: { status: "SENT" } });
    const ok = await db.outboxMessage.create({ data: { toEmail: `ok.${uniq()}@test.example`, locale: "ru", template: "account.welcome", payload: { name: "Анна" } } });
    const bad = await db.outboxMessage.create({ data: { toEmail: `bounce.${uniq()}@test.example`, locale: "en", template: "account.welcome", payload: { name: "B" } } });
    const transport = createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });

    expect(await deliverOutbox(db, transport, { from: "center@test.example" })).toEqual({ sent: 1, failed: 1 });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: ok.id } })).toMatchObject({ status: "SENT", attempts: 1 });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: bad.id } })).toMatchObject({ status: "PENDING", attempts: 1 });
    const mail = received.find((m) => m.to === ok.toEmail);
    expect(mail?.body).toMatch(/Subject: =\?UTF-8\?/); // a Russian subject, MIME-encoded

    for (let i = 1; i < MAX_ATTEMPTS; i++) await deliverOutbox(db, transport, { from: "center@test.example" });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: bad.id } })).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
    // Nothing is sent twice.
    expect(received.filter((m) => m.to === ok.toEmail)).toHaveLength(1);
  });
});
