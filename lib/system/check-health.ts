import fs from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db/create-client";

/**
 * What `/api/v1/health` tells anyone who asks. Public, so it never carries database error text
 * (that goes to the server log). When the database cannot be reached, the migration state is
 * `unknown`: nothing can be said about it, least of all that migrations are pending.
 */
export interface Health {
  status: "ok" | "degraded" | "down";
  database: { reachable: boolean; latencyMs?: number };
  migrations: { state: "current" | "pending" | "failed" | "unknown"; applied?: number; pending?: string[]; failed?: string[] };
}

/** A database that does not answer within this time counts as unreachable (a health check must not hang). */
export const HEALTH_QUERY_TIMEOUT_MS = 5_000;

/** Database reachability and whether every committed migration has been applied. */
export async function checkHealth(
  db: Db,
  { migrationsDir = path.join(process.cwd(), "prisma/migrations"), timeoutMs = HEALTH_QUERY_TIMEOUT_MS } = {},
): Promise<Health> {
  const started = performance.now();
  let rows: { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }[];
  let timer: NodeJS.Timeout | undefined;
  try {
    rows = await Promise.race([
      db.$queryRaw<typeof rows>`SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations`,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (error) {
    console.error("[health] database unreachable:", error instanceof Error ? error.message : error);
    return { status: "down", database: { reachable: false }, migrations: { state: "unknown" } };
  } finally {
    clearTimeout(timer);
  }
  const latencyMs = Math.round(performance.now() - started);
  const committed = (await fs.readdir(/*turbopackIgnore: true*/ migrationsDir, { withFileTypes: true }).catch(() => []))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const applied = new Set(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
  const failed = rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name);
  const pending = committed.filter((name) => !applied.has(name));
  const state = failed.length ? "failed" : pending.length ? "pending" : "current";
  return {
    status: state === "current" ? "ok" : "degraded",
    database: { reachable: true, latencyMs },
    migrations: { state, applied: applied.size, pending, failed },
  };
}
