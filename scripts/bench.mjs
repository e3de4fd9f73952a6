#!/usr/bin/env node
// `npm run bench`: requests per second and latency of the public pages, the JSON API and the booking
// POST on the production build, compared with a static file served by the same server. Starts and
// stops the portal itself (like `npm start`), prints a table and records it in docs/performance.md.
// A measurement, not a test: nothing here fails on a number.
//
//   npm run bench                                   full run (about 4 minutes after the build)
//   npm run bench -- --rounds 1 --duration 3 --warmup 1 --only field-trips   a quick look
//   flags or env: --rounds BENCH_ROUNDS, --duration BENCH_DURATION (s per route and round),
//   --warmup BENCH_WARMUP (s before each measurement, not counted), --port BENCH_PORT, --only (route name substring),
//   --no-record (print only), --keep (leave the bench's slots and bookings in the database)
import autocannon from 'autocannon';
import crypto from 'node:crypto';
import os from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { withPortal } from './perf/portal.mjs';
import { signIn } from './perf/demo-session.mjs';
import { markdownTable, measuredRevision, recordInDoc, stamp } from './perf/performance-doc.mjs';

const CONNECTIONS = 50; // fixed, so runs compare with each other
const DAY = 24 * 60 * 60 * 1000;
const BENCH_SLOTS = 4;
/** Seats per bench slot: more than a round of bookings can take on this kind of machine. */
const SLOT_CAPACITY = 10_000;
/** Statuses whose people occupy places (lib/field-trips/rules.ts HOLDS_PLACES). */
const HOLDS_PLACES = ['PENDING', 'CONFIRMED', 'COMPLETED', 'NO_SHOW'];

const { values: flags } = parseArgs({
  options: {
    rounds: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    port: { type: 'string' },
    only: { type: 'string' },
    'no-record': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const positive = (value, fallback, name) => {
  const n = Number(value ?? fallback);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got ${value}`);
  return n;
};
const ROUNDS = Math.max(1, Math.round(positive(flags.rounds ?? process.env.BENCH_ROUNDS, 2, '--rounds')));
const DURATION = Math.max(1, positive(flags.duration ?? process.env.BENCH_DURATION, 7, '--duration'));
const WARMUP = positive(flags.warmup ?? process.env.BENCH_WARMUP, 2, '--warmup');
const PORT = Math.round(positive(flags.port ?? process.env.BENCH_PORT, 3300, '--port'));

const started = Date.now();
const report = await withPortal({ label: 'bench', port: PORT }, async ({ baseUrl, databaseUrl, serverLog }) => {
  const db = new pg.Client({ connectionString: databaseUrl });
  db.on('error', () => {}); // the database going away on Ctrl-C is not news
  await db.connect();
  let slots = [];
  try {
    const leftovers = await benchSlotsLeftBehind(db);
    if (leftovers.length) await removeBenchData(db, leftovers); // by a run that was interrupted
    const staticPath = await findStaticScript(baseUrl);
    const booking = { statuses: {} };

    const routes = [
      { name: 'static reference', path: staticPath },
      { name: 'home', path: '/en' },
      ...['field-trips', 'courses', 'rooms', 'events', 'businesses'].map((area) => ({ name: `${area} catalogue`, path: `/en/${area}` })),
      { name: 'exhibition page', path: '/en/field-trips/electric-empire' },
      { name: 'field-trips catalogue (ur)', path: '/ur/field-trips' },
      { name: 'API exhibitions', path: '/api/v1/exhibitions' },
      { name: 'API slots', path: '/api/v1/exhibitions/electric-empire/slots' },
      { name: 'booking POST', path: '/api/v1/field-trips', method: 'POST' },
    ].filter((route) => !flags.only || route.name === 'static reference' || route.name.includes(flags.only) || route.path.includes(flags.only));
    const post = routes.find((route) => route.method === 'POST');
    if (post) {
      slots = await createBenchSlots(db);
      Object.assign(booking, await bookingRequest(baseUrl, await signIn(baseUrl), slots));
      Object.assign(post, booking.request);
    }

    const seconds = routes.length * ROUNDS * (WARMUP + DURATION + 1);
    console.log(`[bench] ${routes.length} routes × ${ROUNDS} rounds × (${WARMUP} s warm-up + ${DURATION} s), ${CONNECTIONS} connections: about ${Math.ceil(seconds / 60)} min`);
    const loadBefore = os.loadavg();
    const results = new Map(routes.map((route) => [route, { rounds: [], latencies: [], statuses: {}, errors: 0 }]));
    for (let round = 1; round <= ROUNDS; round++) {
      for (const route of routes) {
        const run = await measure(baseUrl, route, booking.statuses);
        const settled = await settle(baseUrl, staticPath);
        const result = results.get(route);
        result.rounds.push(run);
        for (const latency of run.latencies) result.latencies.push(latency);
        for (const [code, count] of Object.entries(run.statuses)) result.statuses[code] = (result.statuses[code] ?? 0) + count;
        result.errors += run.errors;
        console.log(`[bench] round ${round}/${ROUNDS} ${route.name.padEnd(27)} ${run.rps.toFixed(1).padStart(8)} req/s (server idle again after ${settled.toFixed(1)} s)`);
      }
    }
    const loadAfter = os.loadavg();
    const serverErrors = [...results.values()].some((result) => Object.keys(result.statuses).some((code) => code >= '500'));
    if (serverErrors) console.error(`[bench] the server answered 5xx; the end of its log:\n${serverLog.join('').split('\n').slice(-60).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 2000)); // requests cut off at the end of a run may still be finishing
    const check = post ? await checkNoOverbooking(db, slots, booking.statuses) : null;
    return { routes, results, loadBefore, loadAfter, check, bookingStatuses: booking.statuses };
  } finally {
    if (slots.length && !flags.keep) await removeBenchData(db, slots).catch((error) => console.error(`[bench] cleaning up bench slots: ${error.message}`));
    await db.end();
  }
});

const markdown = render(report);
console.log(`\n${markdown}\n`);
if (!flags['no-record'] && !flags.only) console.log(`[bench] recorded in ${recordInDoc('bench results', markdown)}`);
console.log(`[bench] done in ${Math.round((Date.now() - started) / 1000)} s`);
process.exitCode = report.check && !report.check.ok ? 1 : 0;

/** A `/_next/static/…js` file the home page loads: the cheapest thing this server can serve. */
async function findStaticScript(baseUrl) {
  const html = await (await fetch(`${baseUrl}/en`)).text();
  const match = html.match(/\/_next\/static\/[^"'\s?]+\.js/);
  if (!match) throw new Error('no /_next/static/…js script found in the HTML of /en');
  return match[0];
}

/**
 * Fresh, roomy slots for the booking POST, on a published exhibition other than the one whose page
 * is measured, far enough ahead to be bookable and to stay out of the seeded weeks.
 */
async function createBenchSlots(db) {
  const { rows } = await db.query(
    `SELECT id, "minGroupSize", "maxGroupSize", "durationMinutes" FROM "Exhibition"
      WHERE published AND 'en' = ANY("tourLanguages") AND slug <> 'electric-empire' ORDER BY slug LIMIT 1`,
  );
  if (!rows.length) throw new Error('no published exhibition touring in English: is the demo seed there?');
  const exhibition = rows[0];
  const base = Math.floor(Date.now() / 60_000) * 60_000 + 150 * DAY;
  const slots = [];
  for (let i = 0; i < BENCH_SLOTS; i++) {
    const id = `bench-${crypto.randomUUID()}`;
    const startsAt = new Date(base + i * DAY);
    const endsAt = new Date(startsAt.getTime() + exhibition.durationMinutes * 60_000);
    await db.query(
      `INSERT INTO "VisitSlot" (id, "exhibitionId", "startsAt", "endsAt", capacity, "bookedCount", status) VALUES ($1, $2, $3, $4, $5, 0, 'OPEN')`,
      [id, exhibition.id, startsAt, endsAt, SLOT_CAPACITY],
    );
    slots.push(id);
  }
  // The smallest group the exhibition takes, with one adult per ten students (grades 6–8).
  let students = 1;
  while (students + Math.ceil(students / 10) < exhibition.minGroupSize) students++;
  const group = { gradeBand: 'GRADES_6_8', students, chaperones: Math.ceil(students / 10), tourLanguage: 'en' };
  if (group.students + group.chaperones > exhibition.maxGroupSize) throw new Error('the bench exhibition takes no group of grades 6–8');
  slots.group = group;
  return slots;
}

/**
 * The booking POST as the signed-in demo coordinator, spread over the bench slots. One booking first
 * tells which body this server wants: `schoolName` is sent only when it asks for it (422 naming it).
 */
async function bookingRequest(baseUrl, cookie, slots) {
  const statuses = {};
  const headers = { Cookie: cookie, 'Content-Type': 'application/json' };
  let extra = {};
  const post = async () => {
    const response = await fetch(`${baseUrl}/api/v1/field-trips`, { method: 'POST', headers, body: JSON.stringify({ slotId: slots[0], ...slots.group, ...extra }) });
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    return { status: response.status, text: await response.text() };
  };
  let first = await post();
  if (first.status === 422 && first.text.includes('schoolName')) {
    statuses[422] -= 1; // the question, not an answer to count
    if (!statuses[422]) delete statuses[422];
    extra = { schoolName: 'Bench School' };
    first = await post();
  }
  if (first.status !== 201) throw new Error(`the booking POST answered ${first.status}: ${first.text.slice(0, 300)}`);
  let next = 0;
  const request = {
    method: 'POST',
    headers,
    setupRequest: (req) => ({ ...req, body: JSON.stringify({ slotId: slots[next++ % slots.length], ...slots.group, ...extra }) }),
  };
  return { request, statuses };
}

/**
 * One autocannon run of WARMUP + DURATION seconds. Only responses that arrive in the last DURATION
 * seconds count: by then all 50 connections are busy (a slow page's first answers come seconds
 * after the start). Every counted response's status and latency is kept (autocannon has no p95).
 */
function measure(baseUrl, route, bookingStatuses) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const statuses = {};
    const from = Date.now() + WARMUP * 1000;
    const until = from + DURATION * 1000;
    const instance = autocannon(
      {
        url: `${baseUrl}${route.path}`,
        connections: CONNECTIONS,
        duration: WARMUP + DURATION,
        timeout: 30,
        // No Accept-Encoding header: autocannon sends none, so every response is measured uncompressed.
        requests: route.method ? [{ method: route.method, headers: route.headers, setupRequest: route.setupRequest }] : undefined,
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({ rps: latencies.length / DURATION, latencies, statuses, errors: result.errors + result.timeouts });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (route.method === 'POST') bookingStatuses[statusCode] = (bookingStatuses[statusCode] ?? 0) + 1;
      const now = Date.now();
      if (now < from || now >= until) return;
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
}

/**
 * Waits until the server has finished the requests a run left behind (autocannon closes its
 * connections at the end, but the server still renders what it was sent) so the next route starts
 * on an idle server: a static file must come back within 50 ms.
 */
async function settle(baseUrl, staticPath) {
  const began = performance.now();
  while (performance.now() - began < 15_000) {
    const start = performance.now();
    await fetch(`${baseUrl}${staticPath}`).then((response) => response.arrayBuffer());
    if (performance.now() - start < 50) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return (performance.now() - began) / 1000;
}

/** After the run: no bench slot holds more people than it has places, and its count matches its bookings. */
async function checkNoOverbooking(db, slots, statuses) {
  const { rows } = await db.query(
    `SELECT s.id, s.capacity, s."bookedCount" AS booked,
            COALESCE(SUM(b.students + b.chaperones) FILTER (WHERE b.status::text = ANY($2)), 0)::int AS held,
            COUNT(b.id)::int AS bookings
       FROM "VisitSlot" s LEFT JOIN "FieldTripBooking" b ON b."slotId" = s.id
      WHERE s.id = ANY($1) GROUP BY s.id`,
    [slots, HOLDS_PLACES],
  );
  const created = statuses[201] ?? 0;
  const bookings = rows.reduce((sum, row) => sum + row.bookings, 0);
  const problems = [];
  for (const row of rows) {
    if (row.booked > row.capacity) problems.push(`slot ${row.id}: ${row.booked} booked > ${row.capacity} places`);
    if (row.booked !== row.held) problems.push(`slot ${row.id}: bookedCount ${row.booked} ≠ ${row.held} held by its bookings`);
  }
  // A run ends with up to CONNECTIONS requests in flight, whose bookings the server may still make.
  if (bookings < created || bookings > created + CONNECTIONS * ROUNDS) problems.push(`${created} answers 201 but ${bookings} bookings in the database`);
  return { ok: problems.length === 0, problems, bookings, booked: rows.reduce((sum, row) => sum + row.booked, 0), capacity: rows.reduce((sum, row) => sum + row.capacity, 0) };
}

async function benchSlotsLeftBehind(db) {
  const { rows } = await db.query(`SELECT id FROM "VisitSlot" WHERE id LIKE 'bench-%'`);
  return rows.map((row) => row.id);
}

/**
 * The bench's slots, their bookings and the notices those queued go again. Their audit rows stay: the
 * audit log is append-only (the database refuses deletes), and they truly record bookings made.
 */
async function removeBenchData(db, slots) {
  await db.query('BEGIN');
  try {
    await db.query(`DELETE FROM "OutboxMessage" WHERE payload->>'reference' IN (SELECT reference FROM "FieldTripBooking" WHERE "slotId" = ANY($1))`, [slots]);
    await db.query(`DELETE FROM "FieldTripBooking" WHERE "slotId" = ANY($1)`, [slots]);
    await db.query(`DELETE FROM "VisitSlot" WHERE id = ANY($1)`, [slots]);
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : NaN;
}

function render({ routes, results, loadBefore, loadAfter, check, bookingStatuses }) {
  const reference = results.get(routes[0]);
  const rpsOf = (result) => result.latencies.length / (result.rounds.length * DURATION);
  const referenceRps = rpsOf(reference);
  const rows = routes.map((route) => {
    const result = results.get(route);
    const sorted = Float64Array.from(result.latencies).sort();
    const rps = rpsOf(result);
    const non2xx = Object.entries(result.statuses)
      .filter(([code]) => !code.startsWith('2'))
      .map(([code, count]) => `${count} × ${code}`);
    if (result.errors) non2xx.push(`${result.errors} errors`);
    return [
      `${route.name} \`${route.method ?? 'GET'} ${route.path.startsWith('/_next/') ? '/_next/static/…js' : route.path}\``,
      rps.toFixed(1),
      percentile(sorted, 50).toFixed(0),
      percentile(sorted, 95).toFixed(0),
      route === routes[0] ? '1' : (rps / referenceRps).toFixed(3),
      non2xx.join(', ') || '0',
      result.rounds.map((run) => run.rps.toFixed(0)).join(' / '),
    ];
  });
  const load = (l) => l.map((x) => x.toFixed(2)).join(' ');
  const cpus = os.cpus();
  const bookingLine = check && `Booking POST: ${bookingStatuses[201] ?? 0} × 201, ${bookingStatuses[409] ?? 0} × 409${Object.entries(bookingStatuses)
    .filter(([code]) => code !== '201' && code !== '409')
    .map(([code, count]) => `, ${count} × ${code}`)
    .join('')} (warm-ups and the first request included); bench slots: ${check.booked} of ${check.capacity} places booked by ${check.bookings} bookings; ${
    check.ok ? 'no overbooking, booked counts equal the places the bookings hold' : `**PROBLEMS: ${check.problems.join('; ')}**`
  }.`;
  return [
    `### ${stamp()} · ${measuredRevision()}`,
    '',
    `Node ${process.version}, ${cpus.length} × ${cpus[0]?.model?.trim() ?? 'CPU'}; load average (1/5/15 min) ${load(loadBefore)} before, ${load(loadAfter)} after; ` +
      `${CONNECTIONS} connections, ${ROUNDS} interleaved round${ROUNDS === 1 ? '' : 's'}, each route measured for ${DURATION} s after ${WARMUP} s of warm-up; no Accept-Encoding.`,
    '',
    markdownTable(['route', 'req/s', 'p50 ms', 'p95 ms', '× static', 'non-2xx', 'req/s per round'], rows, ['left', 'right', 'right', 'right', 'right', 'left', 'right']),
    ...(bookingLine ? ['', bookingLine] : []),
  ].join('\n');
}
