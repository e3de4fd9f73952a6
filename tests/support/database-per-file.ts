import pg from "pg";

/**
 * Each test file gets its own database, cloned from the migrated template in DATABASE_URL, so no file
 * sees another's rows (counts, "every pending message", sequences of slots) however Vitest schedules
 * them. A clone of an empty migrated database takes a few dozen milliseconds.
 * Runs as a Vitest setup file: before each test file imports the code under test.
 */
const template = process.env.DATABASE_URL;
// Without a database only the tests that need none can pass (catalogs, seeded content); the others
// fail on their first query with PostgreSQL's own message.
if (template) process.env.DATABASE_URL = await cloneForThisFile(template);

async function cloneForThisFile(templateUrl: string): Promise<string> {
  const templateName = decodeURIComponent(new URL(templateUrl).pathname.slice(1));
  const worker = process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? "0";
  const fileDatabase = `${templateName}_w${worker}`.slice(0, 63);
  const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

  const admin = new URL(templateUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    // FORCE ends connections a previous file of this worker left open.
    await client.query(`DROP DATABASE IF EXISTS ${quoted(fileDatabase)} WITH (FORCE)`);
    // Cloning needs the template to have no sessions; workers cloning at once take turns.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${quoted(fileDatabase)} TEMPLATE ${quoted(templateName)}`);
        break;
      } catch (error) {
        const busy = (error as { code?: string }).code === "55006";
        if (!busy || attempt > 100) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
      }
    }
  } finally {
    await client.end();
  }
  const url = new URL(templateUrl);
  url.pathname = `/${fileDatabase}`;
  return url.toString();
}
