#!/usr/bin/env node
// `npm start`: the whole portal on one machine with nothing but Node installed.
//   1. DATABASE_URL, or an embedded PostgreSQL under .data/pg (data survives restarts)
//   2. migrations (Prisma migrate, offline) and the idempotent demo seed
//   3. a production build when sources changed since the last one
//   4. next start, then the demo logins
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureAuthSecret, prepareLocalDatabase } from './db/local-environment.mjs';
import { needsBuild } from './needs-build.mjs';

const PORT = process.env.PORT ?? '3000';
process.env.NEXT_TELEMETRY_DISABLED = '1';

process.env.NEXTAUTH_URL ??= `http://localhost:${PORT}`;
ensureAuthSecret();
const stopDb = await prepareLocalDatabase('start');

if (needsBuild()) {
  console.log('[start] building the portal (first run or sources changed)…');
  const build = spawnSync(path.resolve('node_modules/.bin/next'), ['build'], { stdio: 'inherit', env: process.env });
  if (build.status !== 0) {
    await stopDb();
    process.exit(build.status ?? 1);
  }
}

const server = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', PORT], { stdio: ['inherit', 'pipe', 'inherit'], env: process.env });
let announced = false;
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /Ready|started server|Local:/i.test(String(chunk))) {
    announced = true;
    spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/print-demo-logins.ts', `http://localhost:${PORT}`], { stdio: 'inherit' });
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', async (code) => {
  await stopDb();
  process.exit(code ?? 0);
});
