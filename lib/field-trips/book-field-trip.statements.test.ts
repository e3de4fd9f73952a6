import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { createActor } from "@/tests/support/factories";
import { bookFieldTrip } from "./book-field-trip";
import { createExhibition, createSlot, groupFor } from "./testing/factories";

/**
 * What one booking costs the database, statement by statement, as Prisma's query events report them
 * (COMMIT and ROLLBACK are reported, BEGIN is not). The numbers are pinned so the write path cannot
 * silently grow again; docs/performance.md "Booking write path" says where they come from. Fewer is
 * welcome: lower the pin.
 */
const STATEMENTS = {
  /** The session's user with roles and memberships (lib/auth/load-actor.ts), before every API call. */
  actor: 4,
  /** An accepted booking: three reads at once, then booking, audit, outbox, the slot's places, COMMIT. */
  booking: 8,
  /** A slot already too full when read: the three reads, no transaction. */
  full: 3,
};

const counted = new PrismaClient({
  adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "", max: 4 }),
  log: [{ emit: "event", level: "query" }],
});
let statements: string[] = [];
counted.$on("query", (event) => statements.push(event.query));

async function statementsOf(run: () => Promise<unknown>) {
  statements = [];
  await run().catch(() => {});
  return [...statements];
}

let coordinator: Actor;
beforeAll(async () => {
  coordinator = await createActor(["SCHOOL_COORDINATOR"]);
  // A first booking warms the connection pool, so the counts below hold no connection set-up.
  await bookFieldTrip(counted as never, coordinator, groupFor((await createSlot((await createExhibition()).id)).id));
});
afterAll(() => counted.$disconnect());

describe("statements per booking", () => {
  it("loads the actor in a fixed number of statements", async () => {
    const seen = await statementsOf(() => loadActor(counted as never, coordinator.id, new Headers()));
    expect(seen, seen.join("\n")).toHaveLength(STATEMENTS.actor);
  });

  it("books in a fixed number of statements", async () => {
    const slot = await createSlot((await createExhibition()).id, { capacity: 60 });
    const seen = await statementsOf(() => bookFieldTrip(counted as never, coordinator, groupFor(slot.id)));
    expect(seen, seen.join("\n")).toHaveLength(STATEMENTS.booking);
  });

  it("refuses a full slot in a fixed number of statements", async () => {
    const slot = await createSlot((await createExhibition()).id, { capacity: 20 });
    const seen = await statementsOf(() => bookFieldTrip(counted as never, coordinator, groupFor(slot.id, 20, 2)));
    expect(seen, seen.join("\n")).toHaveLength(STATEMENTS.full);
  });
});
