#!/usr/bin/env node
// `npm start`: the whole portal on one machine with nothing but Node installed.
//   1. DATABASE_URL, or an embedded PostgreSQL under .data/pg (data survives restarts)
//   2. migrations (Prisma migrate, offline) and the idempotent demo seed
//   3. a production build when sources changed since the last one
//   4. next start, then the demo logins; when it exits (or on Ctrl-C) the PostgreSQL we started stops too
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureAuthSecret, prepareLocalDatabase, superviseServer } from './db/local-environment.mjs';
import { needsBuild } from './needs-build.mjs';

const PORT = process.env.PORT ?? '3000';
process.env.NEXT_TELEMETRY_DISABLED = '1';

process.env.NEXTAUTH_URL ??= `http://localhost:${PORT}`;
ensureAuthSecret();
const stopDb = await prepareLocalDatabase('start');

// SKIP_BUILD=true serves the existing build as it is (tests of this script; a build made elsewhere).
const skipBuild = process.env.SKIP_BUILD === 'true' && fs.existsSync('.next/BUILD_ID');
if (!skipBuild && needsBuild()) {
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
    // Not spawnSync: a blocked event loop would hold back Ctrl-C and the server's exit.
    spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/print-demo-logins.ts', `http://localhost:${PORT}`], { stdio: 'inherit' });
  }
});
superviseServer(server, stopDb);
