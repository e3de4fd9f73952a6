#!/usr/bin/env node
// `npm test`: every suite against real parts, then one line "N passed, N failed".
//   lint · typecheck · build · integration (Vitest, real PostgreSQL) · e2e (Playwright, real browser, production server)
// With no TEST_DATABASE_URL a throwaway embedded PostgreSQL is started and deleted afterwards.
//   npm test                   all suites
//   npm test -- integration    only the named suites (lint, typecheck, integration, build, e2e)
//   npm test -- e2e e2e/accessibility.spec.ts   other arguments go to Playwright (with a previous build)
// Every suite runs on the Node that runs this script (`/path/to/node scripts/test.mjs` tests that Node) and says so.
// TEST_RESULTS_FILE=<file> also writes the counts as JSON (scripts/ci/test-each-node.mjs sums several runs).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureDatabase, startEmbeddedPostgres } from './db/embedded-db.mjs';
import { migrateDeploy, seed } from './db/prepare-database.mjs';

const ALL = ['lint', 'typecheck', 'integration', 'build', 'e2e'];
const wanted = process.argv.slice(2).filter((a) => ALL.includes(a));
const playwrightArgs = process.argv.slice(2).filter((a) => !ALL.includes(a));
const suites = wanted.length ? wanted : ALL;
const bin = (name) => path.resolve('node_modules/.bin', name);
const REPORTS = path.resolve('.data/test-reports');
fs.mkdirSync(REPORTS, { recursive: true });

// The tools below start through `#!/usr/bin/env node`: put this Node first on PATH so they run on it too.
process.env.PATH = [path.dirname(process.execPath), process.env.PATH].join(path.delimiter);
const NODE = `Node ${process.version}`;
console.log(`[test] on ${NODE} (${process.execPath})`);

process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.AUTH_SECRET ??= 'test-secret-for-the-e2e-suite-only-0123456789';

const run = (cmd, args, env = {}) =>
  new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => resolve(code ?? 1));
  });

const results = [];
const record = (suite, passed, failed, seconds) => {
  results.push({ suite, passed, failed, seconds });
  console.log(`\n[test] ${suite} on ${NODE}: ${passed} passed, ${failed} failed (${seconds}s)\n`);
};
async function timed(suite, fn) {
  const started = Date.now();
  const [passed, failed] = await fn();
  record(suite, passed, failed, Math.round((Date.now() - started) / 100) / 10);
}
const single = (code) => (code === 0 ? [1, 0] : [0, 1]);

let stopDb = async () => {};
let baseUrl = process.env.TEST_DATABASE_URL;
const needsDb = suites.some((s) => s === 'integration' || s === 'e2e');
if (needsDb && !baseUrl) {
  const db = await startEmbeddedPostgres({ persistent: false, database: 'postgres' });
  baseUrl = db.url;
  stopDb = db.stop;
  console.log('[test] throwaway embedded PostgreSQL started');
}

try {
  if (suites.includes('lint')) await timed('lint', async () => single(await run(bin('eslint'), ['.', '--max-warnings=0'])));
  if (suites.includes('typecheck'))
    await timed('typecheck', async () => {
      const typegen = await run(bin('next'), ['typegen']);
      return single(typegen || (await run(bin('tsc'), ['--noEmit'])));
    });

  let built = !suites.includes('build') && fs.existsSync('.next/BUILD_ID');
  if (suites.includes('build'))
    await timed('build', async () => {
      const code = await run(bin('next'), ['build']);
      built = code === 0;
      return single(code);
    });

  // After the build, so the integration tests that run `npm start` (tests/resilience) have one.
  if (suites.includes('integration'))
    await timed('integration', async () => {
      const url = await ensureDatabase(baseUrl, 'portal_test_integration');
      migrateDeploy(url);
      const report = path.join(REPORTS, 'vitest.json');
      fs.rmSync(report, { force: true });
      const code = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { DATABASE_URL: url });
      if (!fs.existsSync(report)) return [0, 1];
      const json = JSON.parse(fs.readFileSync(report, 'utf8'));
      const failed = json.numFailedTests + (code !== 0 && json.numFailedTests === 0 ? 1 : 0);
      return [json.numPassedTests, failed];
    });

  if (suites.includes('e2e'))
    await timed('e2e', async () => {
      if (!built) {
        console.error('[test] e2e needs a successful build');
        return [0, 1];
      }
      const url = await ensureDatabase(baseUrl, 'portal_test_e2e');
      migrateDeploy(url);
      seed(url);
      const report = path.join(REPORTS, 'playwright.json');
      fs.rmSync(report, { force: true });
      const code = await run(bin('playwright'), ['test', ...playwrightArgs], { DATABASE_URL: url, PLAYWRIGHT_JSON_OUTPUT_NAME: report });
      if (!fs.existsSync(report)) return [0, 1];
      const { stats } = JSON.parse(fs.readFileSync(report, 'utf8'));
      const failed = stats.unexpected + (code !== 0 && stats.unexpected === 0 ? 1 : 0);
      return [stats.expected + stats.flaky, failed];
    });
} finally {
  await stopDb();
}

console.log(`\n[test] summary on ${NODE}`);
for (const r of results) console.log(`  ${r.suite.padEnd(12)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds}s`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
if (process.env.TEST_RESULTS_FILE) fs.writeFileSync(process.env.TEST_RESULTS_FILE, JSON.stringify({ node: process.version, results, passed, failed }, null, 2));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
