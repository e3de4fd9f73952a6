import fs from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db/create-client";

export interface Health {
  status: "ok" | "degraded" | "down";
  database: { reachable: boolean; latencyMs?: number; error?: string };
  migrations: { applied: number; pending: string[]; failed: string[] };
}

/** Database reachability and whether every committed migration has been applied. */
export async function checkHealth(db: Db, migrationsDir = path.join(process.cwd(), "prisma/migrations")): Promise<Health> {
  const committed = (await fs.readdir(/*turbopackIgnore: true*/ migrationsDir, { withFileTypes: true }).catch(() => []))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const started = performance.now();
  try {
    const rows = await db.$queryRaw<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }[]>`
      SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations`;
    const latencyMs = Math.round(performance.now() - started);
    const applied = new Set(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
    const failed = rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name);
    const pending = committed.filter((name) => !applied.has(name));
    return {
      status: pending.length || failed.length ? "degraded" : "ok",
      database: { reachable: true, latencyMs },
      migrations: { applied: applied.size, pending, failed },
    };
  } catch (error) {
    return {
      status: "down",
      database: { reachable: false, error: error instanceof Error ? error.message.split("\n")[0] : String(error) },
      migrations: { applied: 0, pending: committed, failed: [] },
    };
  }
}
