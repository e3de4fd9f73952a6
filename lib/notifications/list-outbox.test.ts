import { beforeAll, describe, expect, it } from "vitest";
import type { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { db, createActor, uniq } from "@/tests/support/factories";
import { listOutbox, OutboxQuerySchema } from "./list-outbox";

const rejection = (promise: Promise<unknown>) => promise.then(() => { throw new Error("expected a refusal"); }, (e: DomainError) => e);

let staff: Actor;
beforeAll(async () => {
  staff = await createActor(["STAFF"]);
});

describe("listOutbox", () => {
  it("pages the outbox for staff, newest first, filtered by part of the address and by status", async () => {
    const tag = uniq();
    const made = [];
    for (let i = 0; i < 12; i++) {
      made.push(
        await db.outboxMessage.create({
          data: { toEmail: `Reader.${i}.${tag}@test.example`, template: "account.welcome", payload: { name: "R" }, status: i === 4 ? "FAILED" : "PENDING", createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)) },
        }),
      );
    }
    const query = (raw: Record<string, string>) => OutboxQuerySchema.parse({ recipient: `.${tag.toUpperCase()}@`, ...raw });
    const newestFirst = [...made].reverse().map((m) => m.id);

    const first = await listOutbox(db, staff, query({ size: "10" }));
    expect(first).toMatchObject({ total: 12, page: 1, pageCount: 2 });
    expect(first.rows.map((m) => m.id)).toEqual(newestFirst.slice(0, 10));
    expect((await listOutbox(db, staff, query({ size: "10", page: "2" }))).rows.map((m) => m.id)).toEqual(newestFirst.slice(10));
    expect((await listOutbox(db, staff, query({ status: "FAILED" }))).rows.map((m) => m.id)).toEqual([made[4].id]);
    expect((await listOutbox(db, staff, query({ sort: "createdAt", dir: "asc", size: "10" }))).rows[0].id).toBe(made[0].id);
    // Empty filters mean "any"; a bad status is refused by the schema.
    expect(OutboxQuerySchema.parse({ recipient: "", status: "" })).toMatchObject({ recipient: undefined, status: undefined });
    expect(OutboxQuerySchema.safeParse({ status: "LOST" }).success).toBe(false);
  });

  it("is for staff only", async () => {
    await expect(rejection(listOutbox(db, await createActor(["SCHOOL_COORDINATOR"])))).resolves.toMatchObject({ code: "forbidden" });
    await expect(rejection(listOutbox(db, null))).resolves.toMatchObject({ code: "unauthenticated" });
  });
});
