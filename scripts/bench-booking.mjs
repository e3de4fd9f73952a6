#!/usr/bin/env node
// The booking write path under load: POST /api/v1/field-trips at 50 concurrent connections against a
// running portal (`npm start`), as the demo coordinator, spread over a few roomy bench slots so that
// bookings queue on each slot's row lock as in a rush. Prints req/s, p50 and p95 of the accepted
// bookings, checks nothing was overbooked, and removes what it wrote. A measurement, not a test.
//
//   BASE_URL=http://localhost:3000 DATABASE_URL=postgresql://… [SERVER_PID=…] node scripts/bench-booking.mjs [seconds] [slots]
// With SERVER_PID (the next-server process) it also reports that process's CPU milliseconds per
// answered request: on a shared, busy machine a steadier figure than req/s.
import autocannon from 'autocannon';
import crypto from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';

const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const DURATION = Number(process.argv[2] ?? 10);
const SLOTS = Number(process.argv[3] ?? 4);
const WARMUP = 2;
const CONNECTIONS = 50;
const DAY = 24 * 60 * 60 * 1000;
const DEMO_COORDINATOR = { email: 'coordinator@demo.fc.pk', password: 'Demo-Password-2026' };

const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
await db.connect();
const slots = await createSlots();
try {
  const cookie = await signIn();
  let next = 0;
  const body = () => JSON.stringify({ slotId: slots[next++ % slots.length], ...slots.group });
  const headers = { Cookie: cookie, 'Content-Type': 'application/json' };
  const first = await fetch(`${BASE_URL}/api/v1/field-trips`, { method: 'POST', headers, body: body() });
  if (first.status !== 201) throw new Error(`the booking POST answered ${first.status}: ${(await first.text()).slice(0, 300)}`);

  const cpuBefore = serverCpuMs();
  let answered = 0;
  const latencies = { all: [], accepted: [] };
  const statuses = {};
  const from = Date.now() + WARMUP * 1000;
  const until = from + DURATION * 1000;
  await new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: `${BASE_URL}/api/v1/field-trips`, connections: CONNECTIONS, duration: WARMUP + DURATION, timeout: 30, requests: [{ method: 'POST', headers, setupRequest: (req) => ({ ...req, body: body() }) }] },
      (error) => (error ? reject(error) : resolve()),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      answered++;
      const now = Date.now();
      if (now < from || now >= until) return;
      statuses[status] = (statuses[status] ?? 0) + 1;
      latencies.all.push(ms);
      if (status === 201) latencies.accepted.push(ms);
    });
  });
  const cpuPerRequest = cpuBefore === null ? undefined : +((serverCpuMs() - cpuBefore) / answered).toFixed(2);
  await new Promise((resolve) => setTimeout(resolve, 2000)); // requests cut off at the end may still be finishing
  const pct = (values, p) => {
    const sorted = Float64Array.from(values).sort();
    return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
  };
  const check = await overbooking();
  console.log(
    JSON.stringify({
      connections: CONNECTIONS,
      slots: SLOTS,
      seconds: DURATION,
      rps: +(latencies.all.length / DURATION).toFixed(1),
      acceptedRps: +(latencies.accepted.length / DURATION).toFixed(1),
      p50: pct(latencies.all, 50),
      p95: pct(latencies.all, 95),
      acceptedP50: pct(latencies.accepted, 50),
      acceptedP95: pct(latencies.accepted, 95),
      statuses,
      serverCpuMsPerRequest: cpuPerRequest,
      ...check,
    }),
  );
  if (check.problems.length) process.exitCode = 1;
} finally {
  await removeSlots();
  await db.end();
}

/** User + system CPU time of SERVER_PID so far (Linux /proc), or null without one. */
function serverCpuMs() {
  if (!process.env.SERVER_PID) return null;
  const fields = fs.readFileSync(`/proc/${process.env.SERVER_PID}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
}

async function signIn() {
  const cookiesOf = (response) => response.headers.getSetCookie().map((c) => c.split(';')[0]);
  const csrf = await fetch(`${BASE_URL}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const response = await fetch(`${BASE_URL}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookiesOf(csrf).join('; ') },
    body: new URLSearchParams({ csrfToken, ...DEMO_COORDINATOR, json: 'true' }),
  });
  const session = cookiesOf(response).find((c) => /^(__Secure-)?next-auth\.session-token=./.test(c));
  if (!session) throw new Error(`sign-in failed (HTTP ${response.status})`);
  return session;
}

/** Roomy slots (more places than a run can take) on a published exhibition touring in English. */
async function createSlots() {
  const { rows } = await db.query(`SELECT id, "minGroupSize", "durationMinutes" FROM "Exhibition" WHERE published AND 'en' = ANY("tourLanguages") ORDER BY slug LIMIT 1`);
  if (!rows.length) throw new Error('no published exhibition touring in English: is the demo seed there?');
  const [exhibition] = rows;
  const base = Math.floor(Date.now() / 60_000) * 60_000 + 150 * DAY;
  const ids = [];
  for (let i = 0; i < SLOTS; i++) {
    const id = `bench-booking-${crypto.randomUUID()}`;
    const startsAt = new Date(base + i * DAY + 37 * 60_000);
    await db.query(`INSERT INTO "VisitSlot" (id, "exhibitionId", "startsAt", "endsAt", capacity, "bookedCount", status) VALUES ($1, $2, $3, $4, 100000, 0, 'OPEN')`, [
      id,
      exhibition.id,
      startsAt,
      new Date(startsAt.getTime() + exhibition.durationMinutes * 60_000),
    ]);
    ids.push(id);
  }
  let students = 1;
  while (students + Math.ceil(students / 10) < exhibition.minGroupSize) students++;
  ids.group = { gradeBand: 'GRADES_6_8', students, chaperones: Math.ceil(students / 10), tourLanguage: 'en' };
  return ids;
}

async function overbooking() {
  const { rows } = await db.query(
    `SELECT s.id, s.capacity, s."bookedCount" AS booked, COALESCE(SUM(b.students + b.chaperones), 0)::int AS held, COUNT(b.id)::int AS bookings
       FROM "VisitSlot" s LEFT JOIN "FieldTripBooking" b ON b."slotId" = s.id WHERE s.id = ANY($1) GROUP BY s.id`,
    [slots],
  );
  const problems = rows.flatMap((r) => [
    ...(r.booked > r.capacity ? [`${r.id}: ${r.booked} > ${r.capacity}`] : []),
    ...(r.booked !== r.held ? [`${r.id}: bookedCount ${r.booked} ≠ ${r.held} held`] : []),
  ]);
  return { bookings: rows.reduce((n, r) => n + r.bookings, 0), problems };
}

/** Closes the bench slots (requests still in flight then book nothing more), then deletes what they wrote. */
async function removeSlots() {
  await db.query(`UPDATE "VisitSlot" SET status = 'CLOSED' WHERE id = ANY($1)`, [slots]);
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const bookings = `SELECT id FROM "FieldTripBooking" WHERE "slotId" = ANY($1)`;
  await db.query(`DELETE FROM "OutboxMessage" WHERE payload->>'reference' IN (SELECT reference FROM "FieldTripBooking" WHERE "slotId" = ANY($1))`, [slots]);
  await db.query(`DELETE FROM "AuditLog" WHERE entity = 'FieldTripBooking' AND "entityId" IN (${bookings})`, [slots]);
  await db.query(`DELETE FROM "FieldTripBooking" WHERE "slotId" = ANY($1)`, [slots]);
  await db.query(`DELETE FROM "VisitSlot" WHERE id = ANY($1)`, [slots]);
}
