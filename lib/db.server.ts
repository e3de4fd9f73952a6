import "server-only";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { withUnavailableDigest } from "@/lib/db/unavailable";
import { env } from "@/lib/env";

// One client per server process (kept across hot reloads in development).
const globalForDb = globalThis as unknown as { portalDb?: Db };

export function getDb(): Db {
  globalForDb.portalDb ??= createPrismaClient(env().DATABASE_URL, { max: 20 }).$extends({
    // A page whose query finds the database gone shows the localized "temporarily unavailable" boundary.
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          throw withUnavailableDigest(error);
        }
      },
    },
  }) as unknown as Db;
  return globalForDb.portalDb;
}
