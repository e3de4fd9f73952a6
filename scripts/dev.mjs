#!/usr/bin/env node
// `npm run dev`: next dev on the same database as `npm start` (embedded unless DATABASE_URL is set),
// migrated and seeded first, with the checkout's session secret.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureAuthSecret, prepareLocalDatabase, superviseServer } from './db/local-environment.mjs';

const PORT = process.env.PORT ?? '3000';
process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.NEXTAUTH_URL ??= `http://localhost:${PORT}`;
ensureAuthSecret();
const stopDb = await prepareLocalDatabase('dev');

const server = spawn(path.resolve('node_modules/.bin/next'), ['dev', '-p', PORT], { stdio: 'inherit', env: process.env });
superviseServer(server, stopDb);
