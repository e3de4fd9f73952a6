import { spawn, type ChildProcess } from "node:child_process";
import { test, expect, signIn, type Page } from "./support/fixtures";

/**
 * Session revocation across instances: a second production server (instance B, the next port)
 * runs on the same database as the suite's own (instance A). Cookies on localhost ignore the port,
 * so one browser is signed in on both. Each test measures how long after the revocation (the
 * Session row's `revokedAt`) the other instance refuses the old cookie.
 */
const PORT_A = Number(process.env.E2E_PORT ?? 3100);
const PORT_B = PORT_A + 1;
const A = `http://localhost:${PORT_A}`;
const B = `http://localhost:${PORT_B}`;
const PROTECTED = "/api/v1/field-trips";

test.describe.configure({ mode: "serial" });

let instanceB: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(150_000);
  instanceB = spawn("node_modules/.bin/next", ["start", "-p", String(PORT_B)], { env: { ...process.env, NEXTAUTH_URL: B }, stdio: "ignore" });
  const deadline = Date.now() + 120_000;
  for (;;) {
    const healthy = await fetch(`${B}/api/v1/health`).then((r) => r.ok, () => false);
    if (healthy) break;
    if (Date.now() > deadline || instanceB.exitCode !== null) throw new Error(`instance B did not start on port ${PORT_B}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

test.afterAll(() => {
  instanceB?.kill();
});

/** The session cookie the browser holds, as a Cookie header (for replaying it elsewhere). */
async function sessionCookie(page: Page): Promise<string> {
  const cookies = await page.context().cookies(A);
  const session = cookies.filter((c) => c.name.includes("next-auth.session-token"));
  expect(session.length).toBeGreaterThan(0);
  return session.map((c) => `${c.name}=${c.value}`).join("; ");
}

const statusWith = async (base: string, cookie: string) => (await fetch(`${base}${PROTECTED}`, { headers: { cookie } })).status;

/**
 * Sends the cookie to `base` back to back (from before the revocation starts) until it is refused.
 * Returns when each request was sent and what it got, so the test can compare with `revokedAt`.
 */
function pollUntilRefused(base: string, cookie: string, stop: { done: boolean }) {
  return (async () => {
    const answers: { sentAt: number; receivedAt: number; status: number }[] = [];
    const deadline = Date.now() + 30_000;
    while (!stop.done && Date.now() < deadline) {
      const sentAt = Date.now();
      const status = await statusWith(base, cookie);
      answers.push({ sentAt, receivedAt: Date.now(), status });
      if (status === 401) break;
    }
    return answers;
  })();
}

/** How long after `revokedAt` the revoking transaction may take to commit on a loaded machine. */
const COMMIT_ALLOWANCE_MS = 1_000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function report(label: string, revokedAt: Date, answers: { sentAt: number; receivedAt: number; status: number }[]) {
  const refused = answers.find((a) => a.status === 401);
  expect(refused, `${label}: the old cookie was never refused`).toBeDefined();
  const lastAccepted = answers.filter((a) => a.status === 200).at(-1);
  const figure = {
    label,
    requests: answers.length,
    lastAcceptedSentMsBeforeRevocation: lastAccepted ? revokedAt.getTime() - lastAccepted.sentAt : null,
    firstRefusedSentMsAfterRevocation: refused!.sentAt - revokedAt.getTime(),
    revocationToRefusalMs: refused!.receivedAt - revokedAt.getTime(),
    // What one request takes here: the figure above is at most about this much plus the gap between requests.
    medianRequestMs: median(answers.map((a) => a.receivedAt - a.sentAt)),
  };
  console.log(`[sessions] ${JSON.stringify(figure)}`);
  test.info().annotations.push({ type: "revocation-to-refusal", description: JSON.stringify(figure) });
  // Every request sent once the revocation has committed is refused: nothing is cached per instance.
  // `revokedAt` is written inside the revoking transaction, which commits a moment later; a request
  // read before that commit rightly still sees the session, hence the allowance.
  const committedBy = revokedAt.getTime() + COMMIT_ALLOWANCE_MS;
  expect(answers.filter((a) => a.sentAt > committedBy && a.status !== 401)).toEqual([]);
}

test("signing out on instance A ends the token on instance B too", async ({ page, person, db }) => {
  const coordinator = await person({ roles: ["SCHOOL_COORDINATOR"] });
  await signIn(page, coordinator);
  const cookie = await sessionCookie(page);
  expect(await statusWith(A, cookie)).toBe(200);
  expect(await statusWith(B, cookie)).toBe(200);

  const stop = { done: false };
  const polling = pollUntilRefused(B, cookie, stop);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
  const answers = await polling;
  stop.done = true;
  expect(answers.at(-1)?.status, `B still took the signed-out cookie after ${answers.length} requests`).toBe(401);

  const session = await db.session.findFirstOrThrow({ where: { userId: coordinator.id } });
  expect(session).toMatchObject({ revokedReason: "SIGN_OUT", revokedAt: expect.any(Date) });
  report("sign-out on A, cookie replayed on B", session.revokedAt!, answers);

  // The replayed cookie gets no page either: the account page on B sends it to sign-in.
  const replay = await page.context().browser()!.newContext();
  const [name, value] = cookie.split(";")[0].split("=");
  await replay.addCookies([{ name, value, url: B }]);
  const stranger = await replay.newPage();
  await stranger.goto(`${B}/en/account`);
  await expect(stranger).toHaveURL(/\/en\/sign-in/);
  await replay.close();
});

test("signing out everywhere on instance B ends every session, also on instance A", async ({ browser, person, db }) => {
  const coordinator = await person({ roles: ["SCHOOL_COORDINATOR"] });
  // Two browsers ("laptop" on A, "phone" on B) of the same person.
  const laptop = await (await browser.newContext()).newPage();
  await signIn(laptop, coordinator);
  const phone = await (await browser.newContext({ baseURL: B })).newPage();
  await signIn(phone, coordinator);
  const laptopCookie = await sessionCookie(laptop);
  expect(await statusWith(A, laptopCookie)).toBe(200);

  // The account page on B lists both sessions and marks its own.
  await phone.goto(`${B}/en/account`);
  const sessions = phone.getByTestId("account-sessions").getByRole("listitem");
  await expect(sessions).toHaveCount(2);
  await expect(sessions.filter({ hasText: "This browser" })).toHaveCount(1);
  await expect(sessions.first()).toContainText("Chrome");

  const stop = { done: false };
  const polling = pollUntilRefused(A, laptopCookie, stop);
  await phone.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(phone).toHaveURL(/\/en\/sign-in/);
  await expect(phone.getByTestId("signed-in-as")).toHaveCount(0);
  const answers = await polling;
  stop.done = true;

  const rows = await db.session.findMany({ where: { userId: coordinator.id } });
  expect(rows).toHaveLength(2);
  expect(rows.every((row) => row.revokedReason === "SIGN_OUT_EVERYWHERE")).toBe(true);
  report("sign out everywhere on B, laptop cookie on A", rows[0].revokedAt!, answers);

  // The laptop finds itself signed out on its next page.
  await laptop.goto(`${A}/en/account`);
  await expect(laptop).toHaveURL(/\/en\/sign-in/);
  await laptop.context().close();
  await phone.context().close();
});

test("failed sign-ins on instance A count on instance B: the throttle is shared through PostgreSQL", async ({ browser, person }) => {
  const owner = await person({ roles: ["MEMBER"] });
  const attempt = async (page: Page, base: string) => {
    await page.goto(`${base}/en/sign-in`);
    await page.locator("input[name=email]").fill(owner.email);
    await page.locator("input[name=password]").fill("not the password at all");
    await page.locator("form button[type=submit]").click();
    return page.getByRole("main").getByRole("alert");
  };
  const onA = await (await browser.newContext()).newPage();
  // The free failures of one (account, address) pair, all on A.
  for (let i = 0; i < 4; i++) await expect(await attempt(onA, A)).toContainText("The email or password is not correct.");
  // The next one, on B, already finds the pair throttled.
  const onB = await (await browser.newContext()).newPage();
  await expect(await attempt(onB, B)).toContainText("Too many failed sign-in attempts");
  await onA.context().close();
  await onB.context().close();
});
