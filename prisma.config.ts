import path from "node:path";
import { defineConfig } from "prisma/config";

// Offline: Prisma's CLI would download a native schema-engine binary; drive its wasm engine through a
// JSON-RPC shim instead (docs/decisions/0001-offline-prisma-and-embedded-postgres.md).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("scripts/db/schema-engine-shim.mjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
