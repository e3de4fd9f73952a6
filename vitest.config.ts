import path from "node:path";
import { defineConfig } from "vitest/config";

// Integration tests: services against a real PostgreSQL. DATABASE_URL (set by scripts/test.mjs) is a
// migrated template; every test file runs on its own clone of it (tests/support/database-per-file.ts).
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // Next.js enforces server-only at build time; tests run on the server anyway.
      "server-only": path.resolve(__dirname, "tests/support/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    setupFiles: ["tests/support/database-per-file.ts"],
  },
});
