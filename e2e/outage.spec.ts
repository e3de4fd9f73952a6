import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient } from "../lib/db/create-client";
import { startEmbeddedPostgres } from "../scripts/db/embedded-db.mjs";
import { migrateDeploy } from "../scripts/db/prepare-database.mjs";

// PostgreSQL goes away under a running production server, then comes back. This spec runs its own
// server (port E2E_PORT+1) on its own embedded PostgreSQL, so stopping the database disturbs no one.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const base = `http://localhost:${PORT}`;
// Made in beforeAll: Playwright loads spec files in processes that never run their tests.
let parent: string;
let dataDir: string;

let database: { url: string; stop: () => Promise<void> };
let databasePort: number;
let server: ChildProcess;

const startDatabase = async () => {
  database = await startEmbeddedPostgres({ dataDir, database: "portal", port: databasePort });
  databasePort = Number(new URL(database.url).port);
};

test.describe.configure({ mode: "serial" });

async function createMember(url: string) {
  const db = createPrismaClient(url, { max: 1 });
  const password = "Outage-Password-2026!";
  try {
    const user = await db.user.create({
      data: { email: `outage-${Date.now()}@test.example`, name: "Outage Member", passwordHash: await hashPassword(password), roles: { create: [{ role: "MEMBER" }] } },
    });
    return { email: user.email, password };
  } finally {
    await db.$disconnect();
  }
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  parent = fs.mkdtempSync(path.join(os.tmpdir(), "portal-outage-"));
  fs.chmodSync(parent, 0o755); // as root, PostgreSQL runs as `postgres` and must reach its folder
  dataDir = path.join(parent, "pg");
  databasePort = 0;
  await startDatabase();
  migrateDeploy(database.url);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url, NEXTAUTH_URL: base };
  delete env.SMTP_URL; // no outbox worker: it would only log the outage every 30 s
  server = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(PORT)], { env, stdio: "ignore" });
  await expect.poll(() => fetch(`${base}/api/v1/health`).then((r) => r.status, () => 0), { timeout: 120_000 }).toBe(200);
});

test.afterAll(async () => {
  const exited = new Promise((resolve) => server?.once("exit", resolve));
  server?.kill("SIGTERM");
  await exited;
  await database?.stop();
  if (parent) fs.rmSync(parent, { recursive: true, force: true });
});

test("while PostgreSQL is down: 503 + Retry-After + localized text on the API, health says unknown, pages and forms say temporarily unavailable", async ({ page, browser }) => {
  // A form opened before the outage and sent during it: the server action answers in words.
  await page.goto(`${base}/en/register`);
  await page.getByLabel("Full name").fill("Zainab Qureshi");
  await page.getByLabel("Email").fill(`outage.${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("radio", { name: /^Member/ }).check();

  // Someone signed in before the outage, in a page of their own.
  const person = await createMember(database.url);
  const signedIn = await browser.newPage();
  await signedIn.goto(`${base}/en/sign-in`);
  await signedIn.locator("input[name=email]").fill(person.email);
  await signedIn.locator("input[name=password]").fill(person.password);
  await signedIn.locator("form button[type=submit]").click();
  await expect(signedIn.getByTestId("signed-in-as")).toBeVisible();

  await database.stop();

  const mine = await signedIn.goto(`${base}/fa/my/field-trips`);
  expect(mine!.status()).toBeGreaterThanOrEqual(500);
  await expect(signedIn.getByRole("heading", { level: 1, name: "موقتاً در دسترس نیست" })).toBeVisible();
  await signedIn.close();

  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("The portal is temporarily unavailable. Please try again in a minute.")).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue("Zainab Qureshi");

  const api = await fetch(`${base}/api/v1/exhibitions`, { headers: { "Accept-Language": "ru" } });
  expect(api.status).toBe(503);
  expect(Number(api.headers.get("retry-after"))).toBeGreaterThan(0);
  const body = await api.json();
  expect(body.error).toMatchObject({ code: "unavailable", message: expect.stringMatching(/временно недоступен/) });

  const health = await fetch(`${base}/api/v1/health`);
  expect(health.status).toBe(503);
  expect(Number(health.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(await health.json()).toEqual({ status: "down", database: { reachable: false }, migrations: { state: "unknown" } });

  // Next gives error pages status 500 and lets no page choose 503; what the reader sees is the point.
  // A filtered catalogue renders per request (an unfiltered one may still be served from cache, as it should).
  for (const [locale, title] of [["ru", "Временно недоступно"], ["ur", "عارضی طور پر دستیاب نہیں"]]) {
    const response = await page.goto(`${base}/${locale}/field-trips?era=SOVIET`);
    expect(response!.status()).toBeGreaterThanOrEqual(500);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
  }
});

test("when PostgreSQL is back the portal recovers without a restart", async ({ page }) => {
  await startDatabase();
  await expect.poll(() => fetch(`${base}/api/v1/health`).then((r) => r.status), { timeout: 30_000 }).toBe(200);
  const api = await fetch(`${base}/api/v1/exhibitions`);
  expect(api.status).toBe(200);
  const response = await page.goto(`${base}/ru/field-trips`);
  expect(response!.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Временно недоступно" })).toHaveCount(0);
});
