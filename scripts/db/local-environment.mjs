// What `npm start` and `npm run dev` both need before Next.js runs: a session secret, a database
// (DATABASE_URL, or the embedded PostgreSQL under .data/pg), its migrations and the demo seed.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres } from './embedded-db.mjs';
import { migrateDeploy, seed } from './prepare-database.mjs';

/** Sessions are signed with AUTH_SECRET; a checkout without one gets its own, kept in .data/auth-secret. */
export function ensureAuthSecret() {
  if (process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET) return;
  const file = path.resolve('.data/auth-secret');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 });
  process.env.AUTH_SECRET = fs.readFileSync(file, 'utf8').trim();
}

/**
 * Sets DATABASE_URL (starting the embedded PostgreSQL when none is given), migrates, and seeds unless
 * SEED=false. Returns the function that stops what it started.
 */
export async function prepareLocalDatabase(label) {
  let stop = async () => {};
  if (!process.env.DATABASE_URL) {
    const db = await startEmbeddedPostgres();
    process.env.DATABASE_URL = db.url;
    stop = db.stop;
    console.log(`[${label}] embedded PostgreSQL ${db.reused ? 'already running' : 'started'} (data in .data/pg)`);
  }
  console.log(`[${label}] migrations: ${migrateDeploy(process.env.DATABASE_URL)}`);
  if (process.env.SEED !== 'false') seed(process.env.DATABASE_URL);
  return stop;
}
