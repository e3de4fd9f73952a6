import net from "node:net";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { ApiError } from "@/lib/api/error-schema";
import { HealthSchema } from "@/lib/api/system-paths";
import { createPrismaClient } from "@/lib/db/create-client";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { conflict, fromDatabaseError } from "@/lib/errors";
import { checkHealth, type Health } from "@/lib/system/check-health";
import { as } from "@/tests/api/support/call-route";
import { db } from "@/tests/support/factories";

// PostgreSQL out of reach: a port nothing listens on (bound, then closed again).
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
const liveUrl = process.env.DATABASE_URL;
const unreachableUrl = `postgresql://postgres:postgres@127.0.0.1:${await closedPort()}/portal`;
const unreachable = createPrismaClient(unreachableUrl, { max: 2 });

afterAll(async () => {
  await Promise.all([db.$disconnect(), unreachable.$disconnect()]);
});

describe("recognising an unreachable database", () => {
  it("recognises Prisma's and node-postgres's errors for a closed port", async () => {
    const viaModel = await unreachable.user.findFirst().catch((e: unknown) => e);
    const viaRaw = await unreachable.$queryRaw`SELECT 1`.catch((e: unknown) => e);
    const client = new pg.Client({ connectionString: unreachableUrl });
    const viaPg = await client.connect().catch((e: unknown) => e);
    for (const error of [viaModel, viaRaw, viaPg]) expect(isDatabaseUnavailable(error), String(error)).toBe(true);
  });

  it("recognises a connection PostgreSQL terminates under a running query (as on shutdown)", async () => {
    const victim = new pg.Client({ connectionString: liveUrl });
    victim.on("error", () => {});
    await victim.connect();
    const { rows } = await victim.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    const sleeping = victim.query("SELECT pg_sleep(10)").catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await db.$queryRaw`SELECT pg_terminate_backend(${rows[0].pid})`;
    expect(isDatabaseUnavailable(await sleeping)).toBe(true);
    await victim.end().catch(() => {});
  });

  it("does not take request errors or the database's refusals for an outage", async () => {
    const email = `dup.${Date.now()}@example.com`;
    const user = { email, name: "Dup", passwordHash: "x" };
    await db.user.create({ data: user });
    const duplicate = await db.user.create({ data: user }).catch((e: unknown) => e);
    expect(fromDatabaseError(duplicate, "x")).toBeDefined();
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(isDatabaseUnavailable(await db.$queryRaw`SELECT 1/0`.catch((e: unknown) => e))).toBe(false);
    expect(isDatabaseUnavailable(conflict("x"))).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
  });
});

describe("health while the database is unreachable", () => {
  it("says down, migrations unknown (not pending) and no database error text", async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    const health = await checkHealth(unreachable).finally(() => (console.error = original));
    expect(health).toEqual({ status: "down", database: { reachable: false }, migrations: { state: "unknown" } });
    expect(HealthSchema.parse(health)).toEqual(health);
    // The details go to the server log only.
    expect(String(errors.flat())).toMatch(/reach|ECONNREFUSED/i);
  });

  it("says ok with every migration applied when the database is there", async () => {
    const health = await checkHealth(db);
    expect(health).toMatchObject({ status: "ok", database: { reachable: true }, migrations: { state: "current", pending: [], failed: [] } });
  });
});

describe("the API while the database is unreachable", () => {
  // The routes' own database client (lib/db.server.ts) points at the closed port, as it would after an outage.
  process.env.DATABASE_URL = unreachableUrl;

  it("answers 503 with Retry-After and a localized `unavailable` error, as documented for every operation", async () => {
    for (const [language, text] of [["en", /temporarily unavailable/], ["ru", /временно недоступен/], ["ur", /عارضی/]] as const) {
      // `as(...)` holds the response to the OpenAPI document: the 503 must be documented.
      const response = await as(null).get<ApiError>("/api/v1/exhibitions", { headers: { "accept-language": language } });
      expect(response.status).toBe(503);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(response.body.error.code).toBe("unavailable");
      expect(response.body.error.message).toMatch(text);
      expect(response.body.error.message).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|reach database/);
    }
  });

  it("health answers 503 with Retry-After and says nothing about the database's error", async () => {
    const response = await as(null).get<Health>("/api/v1/health");
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(response.body).toEqual({ status: "down", database: { reachable: false }, migrations: { state: "unknown" } });
    expect(JSON.stringify(response.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|can.t reach/i);
  });
});
