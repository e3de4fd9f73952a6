import "server-only";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { env } from "@/lib/env";

// One client per server process (kept across hot reloads in development).
const globalForDb = globalThis as unknown as { portalDb?: Db };

export function getDb(): Db {
  globalForDb.portalDb ??= createPrismaClient(env().DATABASE_URL, { max: 20 });
  return globalForDb.portalDb;
}
