#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse scores (performance, accessibility, best practices, SEO) and LCP/TBT
// of the public pages and the booking form, mobile and desktop, English and Urdu, on the production
// build. Starts and stops the portal itself (like `npm start`) and records a table in
// docs/performance.md. A measurement, not a test: nothing here fails on a score.
//
//   npm run lighthouse                      all pages × en, ur × mobile, desktop (several minutes)
//   npm run lighthouse -- --only exhibition --locales en --presets desktop   a quick look (not recorded)
//   CHROME_PATH   the browser (default /usr/bin/chromium, Debian's); --port or LIGHTHOUSE_PORT (3300)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { withPortal } from './perf/portal.mjs';
import { signIn } from './perf/demo-session.mjs';
import { markdownTable, measuredRevision, recordInDoc, stamp } from './perf/performance-doc.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = '--headless=new --no-sandbox';
const EXHIBITION = 'electric-empire';

const { values: flags } = parseArgs({
  options: {
    port: { type: 'string' },
    only: { type: 'string' },
    locales: { type: 'string', default: 'en,ur' },
    presets: { type: 'string', default: 'mobile,desktop' },
    'no-record': { type: 'boolean', default: false },
  },
});
const PORT = Number(flags.port ?? process.env.LIGHTHOUSE_PORT ?? 3300);
const LOCALES = flags.locales.split(',');
const PRESETS = flags.presets.split(',');
process.env.CHROME_PATH ??= '/usr/bin/chromium';
if (!fs.existsSync(process.env.CHROME_PATH)) {
  console.error(`[lighthouse] no browser at ${process.env.CHROME_PATH}: apt-get install -y chromium, or set CHROME_PATH`);
  process.exit(1);
}

let current = null; // the Lighthouse run in progress, stopped with us on Ctrl-C
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => current?.kill('SIGTERM'));

const started = Date.now();
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-lighthouse-'));
try {
  const rows = await withPortal({ label: 'lighthouse', port: PORT }, async ({ baseUrl }) => {
    const cookie = await signIn(baseUrl);
    const slotId = await openSlotId(baseUrl);
    const pages = [
      { name: 'home', path: (l) => `/${l}` },
      { name: 'field-trip catalogue', path: (l) => `/${l}/field-trips` },
      { name: 'exhibition', path: (l) => `/${l}/field-trips/${EXHIBITION}` },
      { name: 'booking form (signed in)', path: (l) => `/${l}/field-trips/${EXHIBITION}/book?slot=${slotId}`, cookie },
    ].filter((page) => !flags.only || page.name.includes(flags.only));
    await assertSignedInFormServes(baseUrl, pages);

    const results = [];
    const total = pages.length * LOCALES.length * PRESETS.length;
    for (const page of pages) {
      for (const locale of LOCALES) {
        for (const preset of PRESETS) {
          const url = `${baseUrl}${page.path(locale)}`;
          console.log(`[lighthouse] ${results.length + 1}/${total} ${preset.padEnd(7)} ${url}`);
          results.push({ page, locale, preset, ...(await runLighthouse(url, preset, page.cookie)) });
        }
      }
    }
    return results;
  });

  const markdown = render(rows);
  console.log(`\n${markdown}\n`);
  const partial = flags.only || flags.locales !== 'en,ur' || flags.presets !== 'mobile,desktop';
  if (!flags['no-record'] && !partial) console.log(`[lighthouse] recorded in ${recordInDoc('lighthouse results', markdown)}`);
  console.log(`[lighthouse] done in ${Math.round((Date.now() - started) / 1000)} s`);
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

/** An open slot of the exhibition with places left, from its page's `tr[data-slot-id]` rows. */
async function openSlotId(baseUrl) {
  const html = await (await fetch(`${baseUrl}/en/field-trips/${EXHIBITION}`)).text();
  for (const [, id, remaining, cells] of html.matchAll(/<tr[^>]*\bdata-slot-id="([^"]+)"[^>]*\bdata-remaining="(\d+)"[^>]*>([\s\S]*?)<\/tr>/g)) {
    if (Number(remaining) > 0 && cells.includes('/book?slot=')) return id;
  }
  throw new Error(`no bookable slot on /en/field-trips/${EXHIBITION}: is the demo seed there?`);
}

/** Lighthouse would happily score the sign-in page it gets redirected to: make sure it is the form. */
async function assertSignedInFormServes(baseUrl, pages) {
  for (const page of pages.filter((p) => p.cookie)) {
    const response = await fetch(`${baseUrl}${page.path('en')}`, { headers: { Cookie: page.cookie }, redirect: 'manual' });
    if (response.status !== 200) throw new Error(`${page.path('en')} answered ${response.status} to the signed-in coordinator`);
  }
}

/** One Lighthouse CLI run in its own Chromium; returns the four scores (0–100), LCP and TBT. */
async function runLighthouse(url, preset, cookie) {
  const output = path.join(scratch, 'report.json');
  fs.rmSync(output, { force: true });
  const args = [url, '--output=json', `--output-path=${output}`, '--quiet', `--chrome-flags=${CHROME_FLAGS}`, `--only-categories=${CATEGORIES.join(',')}`];
  if (preset === 'desktop') args.push('--preset=desktop');
  if (cookie) {
    const headers = path.join(scratch, 'headers.json');
    fs.writeFileSync(headers, JSON.stringify({ Cookie: cookie }));
    args.push(`--extra-headers=${headers}`);
  }
  let stderr = '';
  current = spawn(path.resolve('node_modules/.bin/lighthouse'), args, { stdio: ['ignore', 'ignore', 'pipe'], env: process.env });
  current.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
  const code = await new Promise((resolve) => current.once('exit', (exitCode, signal) => resolve(exitCode ?? signal)));
  current = null;
  if (code !== 0 || !fs.existsSync(output)) return { error: `lighthouse exited ${code}: ${stderr.trim().split('\n').pop()}` };
  const report = JSON.parse(fs.readFileSync(output, 'utf8'));
  if (report.runtimeError) return { error: report.runtimeError.code };
  const landed = new URL(report.finalDisplayedUrl ?? url);
  if (landed.pathname !== new URL(url).pathname) return { error: `redirected to ${landed.pathname}` };
  const score = (id) => (report.categories[id]?.score == null ? '–' : String(Math.round(report.categories[id].score * 100)));
  const metric = (id) => report.audits[id]?.numericValue;
  // Audits that cost points outside performance, so a score below 100 says why.
  const failing = CATEGORIES.filter((id) => id !== 'performance').flatMap((id) =>
    (report.categories[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && report.audits[ref.id]?.score !== null && report.audits[ref.id]?.score < 1).map((ref) => ref.id),
  );
  for (const item of report.audits['errors-in-console']?.details?.items ?? []) console.log(`[lighthouse]   console: ${item.description ?? ''} ${item.sourceLocation?.url ?? item.url ?? ''}`.slice(0, 300));
  return {
    failing,
    scores: CATEGORIES.map(score),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
  };
}

function render(rows) {
  const seconds = (ms) => (ms == null ? '–' : (ms / 1000).toFixed(1));
  const table = markdownTable(
    ['page', 'locale', 'device', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP s', 'TBT ms'],
    rows.map((row) =>
      row.error
        ? [row.page.name, row.locale, row.preset, `error: ${row.error}`, '', '', '', '', '']
        : [row.page.name, row.locale, row.preset, ...row.scores, seconds(row.lcp), row.tbt == null ? '–' : row.tbt.toFixed(0)],
    ),
    ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
  const failing = new Map();
  for (const row of rows) for (const id of row.failing ?? []) failing.set(id, (failing.get(id) ?? 0) + 1);
  const failingLine = failing.size
    ? `Audits that cost accessibility, best-practices or SEO points: ${[...failing].map(([id, count]) => `\`${id}\` (${count} of ${rows.length} runs)`).join(', ')}.`
    : 'No accessibility, best-practices or SEO audit failed.';
  const { version } = JSON.parse(fs.readFileSync(path.resolve('node_modules/lighthouse/package.json'), 'utf8'));
  const cpus = os.cpus();
  return [
    `### ${stamp()} · ${measuredRevision()}`,
    '',
    `Lighthouse ${version}, ${process.env.CHROME_PATH} (${CHROME_FLAGS}), default (simulated) throttling; Node ${process.version}, ` +
      `${cpus.length} × ${cpus[0]?.model?.trim() ?? 'CPU'}; load average (1/5/15 min) ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} at the end.`,
    '',
    table,
    '',
    failingLine,
  ].join('\n');
}
