// What `npm start` and `npm run dev` both need before Next.js runs: a session secret, a database
// (DATABASE_URL, or the embedded PostgreSQL under .data/pg), its migrations and the demo seed.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
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
    const dataDir = process.env.EMBEDDED_PG_DIR || '.data/pg';
    const db = await startEmbeddedPostgres({ dataDir });
    process.env.DATABASE_URL = db.url;
    // A server another `npm start` left running is theirs to stop, not ours (db.stop does nothing then).
    stop = db.stop;
    console.log(`[${label}] embedded PostgreSQL ${db.reused ? 'already running' : 'started'} (data in ${dataDir})`);
  }
  console.log(`[${label}] migrations: ${migrateDeploy(process.env.DATABASE_URL)}`);
  if (process.env.SEED !== 'false') seed(process.env.DATABASE_URL);
  return stop;
}

/**
 * Runs the Next.js server `child` to the end: a signal (Ctrl-C reaches the whole process group; npm
 * forwards SIGINT/SIGTERM to us, hence `exec` in package.json's scripts, as `sh -c` would swallow
 * them) is passed on to the server, and whenever the server exits, for whatever reason, the
 * database we started is stopped and this process exits with the server's code.
 */
export function superviseServer(child, stopDb) {
  let finishing = false;
  const finish = async (code) => {
    if (finishing) return;
    finishing = true;
    await stopDb().catch((error) => console.error('[db] stopping PostgreSQL failed:', error));
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      else void finish(128 + os.constants.signals[signal]);
    });
  }
  child.on('exit', (code, signal) => void finish(code ?? 128 + (os.constants.signals[signal] ?? 0)));
  // Whoever started us (npm, a shell, a process manager) may be killed without passing the signal
  // on; an orphaned portal would hold its port and its PostgreSQL forever. Stop with our parent.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  }, 500).unref();
  child.on('error', (error) => {
    console.error('[server] could not start:', error);
    void finish(1);
  });
}
