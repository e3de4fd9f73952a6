import type { APIRequestContext, Browser, Page } from "@playwright/test";
import type { Db } from "../lib/db/create-client";
import type { TestPerson } from "./support/fixtures";
import { expect, signedInPage, test } from "./support/courses";

// Every form's server action against the production server, posted as a browser without JavaScript
// posts it (multipart, the form's own hidden `$ACTION_…` fields naming the action) with hostile
// values: NUL bytes, huge strings, wrong types, impossible dates, missing and repeated fields, a
// broken action reference, another site's Origin. Posted as a signed-in person of the right role and
// as a stranger. No answer may be a 5xx, another site's Origin is a 403, and a refused request
// (an error state, or a 4xx) leaves no trace: no audit row by the people involved, no new account.

const MIN_REQUESTS_PER_FORM = 30;
const NUL = "\u0000";
const HOSTILE_VALUES = [
  NUL,
  `a${NUL}b`,
  "x".repeat(100_000),
  "",
  " ",
  "-1",
  "0",
  "1e309",
  "NaN",
  "0000-00-00",
  "9999-99-99",
  "2026-02-30",
  "9999-12-31",
  "25:99",
  "\u202Eevil",
  "😀".repeat(100),
  "' OR '1'='1",
  "<script>alert(1)</script>",
  "on",
  "true",
  "[object Object]",
  "\uFFFF",
];

interface ActionForm {
  /** The action's id (from `$ACTION_ID_<id>` or the `$ACTION_n:0` reference). */
  actionId: string;
  /** What the form would post as rendered: hidden action fields and current values. */
  entries: [string, string][];
  /** Every named control of the form, sent or not (unchecked boxes, other radio choices). */
  names: string[];
}

/** The server-action forms of the loaded page, one per action. */
async function actionForms(page: Page): Promise<ActionForm[]> {
  const forms = await page.evaluate(() =>
    [...document.querySelectorAll("form")]
      .filter((form) => form.querySelector('input[name^="$ACTION"]'))
      .map((form) => ({
        entries: [...new FormData(form).entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
        names: [...new Set([...form.elements].map((element) => (element as HTMLInputElement).name).filter(Boolean))],
      })),
  );
  const byAction = new Map<string, ActionForm>();
  for (const form of forms) {
    const idField = form.entries.find(([name]) => name.startsWith("$ACTION_ID_"))?.[0].slice("$ACTION_ID_".length);
    const reference = form.entries.find(([name]) => /^\$ACTION_\d+:0$/.test(name))?.[1];
    const actionId = idField ?? (reference ? (JSON.parse(reference) as { id: string }).id : undefined);
    if (actionId && !byAction.has(actionId)) byAction.set(actionId, { actionId, ...form });
  }
  return [...byAction.values()];
}

const isActionField = (name: string) => name.startsWith("$ACTION");

/** Malformed bodies for one form: each field spoiled in turn, fields missing or repeated, the action reference broken. */
function malformedBodies(form: ActionForm, valid: Record<string, string>): [string, string][][] {
  const base = form.entries.map(([name, value]): [string, string] => [name, valid[name] ?? value]);
  for (const [name, value] of Object.entries(valid)) if (!base.some(([n]) => n === name)) base.push([name, value]);
  const named = [...new Set([...form.names, ...Object.keys(valid)].filter((name) => !isActionField(name)))];
  // A form with no fields of its own (a one-click action) still gets hostile fields it never asked for.
  const fields = named.length ? named : ["id", "userId", "confirm"];
  const set = (name: string, value: string) => [...base.filter(([n]) => n !== name), [name, value] as [string, string]];
  const bodies: [string, string][][] = [];
  for (const field of fields) {
    for (const value of HOSTILE_VALUES) bodies.push(set(field, value));
    bodies.push(base.filter(([n]) => n !== field));
    bodies.push([...base, [field, "second"], [field, NUL]]);
  }
  bodies.push(
    base.filter(([name]) => isActionField(name)),
    base.map(([name, value]): [string, string] => [name, /^\$ACTION_\d+:0$/.test(name) ? "{not json" : value]),
    base.map(([name, value]): [string, string] => [name, /^\$ACTION_\d+:1$/.test(name) ? `[${NUL}` : value]),
    [...base, ["__proto__", "x"], ["constructor", "x"], ["a[]", "x"]],
  );
  return bodies;
}

function multipart(entries: [string, string][]): FormData {
  const body = new FormData();
  for (const [name, value] of entries) body.append(name, value);
  return body;
}

/** What a refused request must not have changed: the audit trail of the people involved, and accounts made by fuzzing. */
function footprint(db: Db, people: TestPerson[], emailPrefix: string) {
  return Promise.all([
    db.auditLog.count({ where: { actorId: { in: people.map((p) => p.id) } } }),
    db.user.count({ where: { email: { startsWith: emailPrefix } } }),
  ]).then((counts) => counts.join(","));
}

interface FuzzTarget {
  db: Db;
  url: string;
  /** The person the form is for (null: the public registration form). */
  page: Page;
  people: TestPerson[];
  /** Values that make the form valid, so each request breaks exactly what it spoils. */
  valid?: Record<string, string>;
  emailPrefix?: string;
}

/** Posts every malformed body of every form on `url` as its person and (a share of them) as a stranger. */
async function fuzzForms(browser: Browser, baseURL: string, { db, url, page, people, valid = {}, emailPrefix = "fuzz-none-" }: FuzzTarget) {
  await page.goto(url);
  const forms = await actionForms(page);
  expect(forms.length, `server-action forms on ${url}`).toBeGreaterThan(0);
  const strangerContext = await browser.newContext({ baseURL });
  const failures: string[] = [];
  const report: string[] = [];
  try {
    for (const form of forms) {
      const bodies = malformedBodies(form, valid);
      const senders: [string, APIRequestContext, [string, string][][]][] = [
        ["person", page.request, bodies],
        ["stranger", strangerContext.request, bodies.filter((_, i) => i % 4 === 0)],
      ];
      const sent: Record<string, number> = {};
      for (const [who, request, list] of senders) {
        for (const entries of list) {
          const before = await footprint(db, people, emailPrefix);
          const response = await request.post(url, { multipart: multipart(entries), headers: { Origin: baseURL }, maxRedirects: 0 });
          const text = await response.text();
          sent[who] = (sent[who] ?? 0) + 1;
          const where = `${url} action ${form.actionId.slice(0, 8)} as ${who}: ${JSON.stringify(entries.filter(([n]) => !isActionField(n))).slice(0, 160)}`;
          if (response.status() >= 500) failures.push(`${where} → ${response.status()}`);
          // A stranger is refused everywhere but on the public registration form (which has no people).
          const refused = response.status() >= 400 || text.includes("&quot;ok&quot;:false") || (who === "stranger" && people.length > 0);
          if (refused && (await footprint(db, people, emailPrefix)) !== before) failures.push(`${where} → ${response.status()}, refused but wrote`);
        }
      }
      // Another site's Origin, as a no-JavaScript form post and as the client router's fetch: a clean 403, nothing done.
      const before = await footprint(db, people, emailPrefix);
      const foreign: Record<string, string>[] = [{ Origin: "http://evil.example" }, { Origin: "http://evil.example", "Next-Action": form.actionId }, { Origin: "null" }];
      for (const headers of foreign) {
        const response = await page.request.post(url, { multipart: multipart(form.entries), headers, maxRedirects: 0 });
        sent.person++;
        if (response.status() !== 403) failures.push(`${url} action ${form.actionId.slice(0, 8)} from ${headers.Origin} → ${response.status()}`);
      }
      const huge = await page.request.post(url, { multipart: multipart([...form.entries, ["padding", "x".repeat(2 * 1024 * 1024)]]), headers: { Origin: baseURL }, maxRedirects: 0 });
      sent.person++;
      if (huge.status() !== 413) failures.push(`${url} action ${form.actionId.slice(0, 8)} with a 2 MB body → ${huge.status()}`);
      if ((await footprint(db, people, emailPrefix)) !== before) failures.push(`${url} action ${form.actionId.slice(0, 8)}: a refused cross-origin post wrote`);
      report.push(`${url} action ${form.actionId.slice(0, 8)}: ${sent.person} requests as its person, ${sent.stranger} as a stranger`);
      expect(sent.person, `${url} action ${form.actionId}`).toBeGreaterThanOrEqual(MIN_REQUESTS_PER_FORM);
    }
  } finally {
    await strangerContext.close();
  }
  console.log(report.join("\n"));
  test.info().annotations.push(...report.map((description) => ({ type: "fuzz", description })));
  expect(failures.slice(0, 20), `${failures.length} failures`).toEqual([]);
}

test.describe.configure({ timeout: 600_000 });

test("registration form", async ({ browser, baseURL, db }) => {
  const prefix = `fuzz-${Date.now()}-`;
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  try {
    await fuzzForms(browser, baseURL!, {
      db,
      url: "/en/register",
      page,
      people: [],
      emailPrefix: prefix,
      valid: { name: "Fuzz Person", email: `${prefix}a@test.example`, password: "Fuzz-Password-2026", role: "MEMBER" },
    });
    // Posts that spoil only a field a member's registration ignores still register: the checks in
    // front of the action (proxy.ts reads the body) leave valid posts alone.
    expect(await db.user.count({ where: { email: `${prefix}a@test.example` } })).toBe(1);
  } finally {
    await context.close();
  }
});

test("booking form", async ({ browser, baseURL, db, person, slot }) => {
  const coordinator = await person({ roles: ["SCHOOL_COORDINATOR"] });
  const open = await slot({ daysAhead: 30, capacity: 1000 });
  const page = await signedInPage(browser, coordinator);
  await fuzzForms(browser, baseURL!, { db, url: `/en/field-trips/${open.exhibition.slug}/book?slot=${open.id}`, page, people: [coordinator] });
});

test("a coordinator's booking: headcount and cancellation", async ({ browser, baseURL, db, person, slot, booking }) => {
  const coordinator = await person({ roles: ["SCHOOL_COORDINATOR"] });
  const open = await slot({ daysAhead: 30, capacity: 1000 });
  const mine = await booking(coordinator, open.id);
  const page = await signedInPage(browser, coordinator);
  await fuzzForms(browser, baseURL!, { db, url: `/en/my/field-trips/${mine.id}`, page, people: [coordinator] });
});

test("staff review of a booking: confirm and decline", async ({ browser, baseURL, db, person, slot, booking }) => {
  const [coordinator, staff] = await Promise.all([person({ roles: ["SCHOOL_COORDINATOR"] }), person({ roles: ["STAFF"] })]);
  const open = await slot({ daysAhead: 30, capacity: 1000 });
  const pending = await booking(coordinator, open.id);
  const page = await signedInPage(browser, staff);
  await fuzzForms(browser, baseURL!, { db, url: `/en/admin/field-trips/${pending.id}`, page, people: [staff, coordinator] });
});

test("staff slot forms: one slot, a series, closing", async ({ browser, baseURL, db, person }) => {
  const staff = await person({ roles: ["STAFF"] });
  const page = await signedInPage(browser, staff);
  await fuzzForms(browser, baseURL!, { db, url: "/en/admin/field-trips/slots", page, people: [staff] });
});

test("staff membership decisions: approve and decline", async ({ browser, baseURL, db, person }) => {
  const [staff, applicant] = await Promise.all([person({ roles: ["STAFF"] }), person({ roles: ["SCHOOL_COORDINATOR"], verified: false })]);
  const page = await signedInPage(browser, staff);
  await fuzzForms(browser, baseURL!, { db, url: `/en/admin/memberships?size=100&sort=requestedAt&dir=desc`, page, people: [staff, applicant] });
});

test("a coordinator's request to join another school", async ({ browser, baseURL, db, person }) => {
  const coordinator = await person({ roles: ["SCHOOL_COORDINATOR"] });
  const page = await signedInPage(browser, coordinator);
  await fuzzForms(browser, baseURL!, { db, url: "/en/account", page, people: [coordinator] });
});

test("a parent's learner forms: own year of birth, a child, a second guardian", async ({ browser, baseURL, db, person, learnerOf }) => {
  const [parent, other] = await Promise.all([person(), person()]);
  await learnerOf(parent, { name: "Fuzz Child" });
  const page = await signedInPage(browser, parent);
  await fuzzForms(browser, baseURL!, { db, url: "/en/my/learners", page, people: [parent, other], valid: { name: "Fuzz Child Two", birthYear: "2016", email: other.email } });
});

test("the enroll form", async ({ browser, baseURL, db, person, learnerOf, courseSection }) => {
  const parent = await person();
  await learnerOf(parent, { name: "Fuzz Learner", self: true });
  const section = await courseSection({ capacity: 500 });
  const page = await signedInPage(browser, parent);
  await fuzzForms(browser, baseURL!, { db, url: `/en/courses/${section.course.slug}/enroll?section=${section.id}`, page, people: [parent] });
});

test("an offered place: accept, and the drop confirmation", async ({ browser, baseURL, db, person, learnerOf, courseSection, enrollment }) => {
  const parent = await person();
  const learner = await learnerOf(parent, { self: true });
  const [offered, enrolled] = await Promise.all([
    courseSection().then((section) => enrollment(learner.id, section.id, parent.id, "OFFERED")),
    courseSection().then((section) => enrollment(learner.id, section.id, parent.id, "ENROLLED")),
  ]);
  const page = await signedInPage(browser, parent);
  await fuzzForms(browser, baseURL!, { db, url: `/en/my/courses/${offered.id}`, page, people: [parent] });
  await fuzzForms(browser, baseURL!, { db, url: `/en/my/courses/${enrolled.id}/drop`, page, people: [parent] });
});
