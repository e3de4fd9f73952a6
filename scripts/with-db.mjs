#!/usr/bin/env node
// Runs a command with DATABASE_URL set: the given one, or the embedded PostgreSQL under .data/pg.
//   node scripts/with-db.mjs next dev
import { spawn } from 'node:child_process';
import { startEmbeddedPostgres } from './db/embedded-db.mjs';

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error('usage: node scripts/with-db.mjs <command> [args…]');
  process.exit(2);
}
let stop = async () => {};
if (!process.env.DATABASE_URL) {
  const db = await startEmbeddedPostgres();
  process.env.DATABASE_URL = db.url;
  stop = db.stop;
  console.log(`[db] embedded PostgreSQL at ${db.url}${db.reused ? ' (already running)' : ''}`);
}
const child = spawn(cmd, args, { stdio: 'inherit', env: process.env, shell: process.platform === 'win32' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', async (code) => {
  await stop();
  process.exit(code ?? 1);
});
