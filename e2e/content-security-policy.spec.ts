import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { PUBLIC_PAGES, pagePolicyOf } from "../lib/security/content-security-policy";
import { DEMO, signIn } from "./support/auth";

/**
 * The Content-Security-Policy in a real browser against the production build (ADR 0005): no page
 * of ours trips it, its scripts still run, and each page gets the policy that fits how it is rendered.
 */

const LOCALES = ["en", "ur"] as const;
const EXHIBITION = "electric-empire";

declare global {
  interface Window {
    cspViolations?: string[];
    survivedNavigation?: boolean;
  }
}

/** Collects CSP violations: from the page's own event (injected before any page script) and from the console. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on("console", (message) => {
    if (/content security policy/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window.cspViolations ??= []).push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return async () => [...fromConsole, ...(await page.evaluate(() => window.cspViolations ?? []))];
}

/** A navigation's response or an API request's: both have what these checks read. */
type HttpResponse = Pick<APIResponse, "status" | "headers" | "text">;

function directivesOf(response: HttpResponse | null): Map<string, string[]> {
  const header = response?.headers()["content-security-policy"] ?? "";
  return new Map(header.split(";").filter(Boolean).map((part) => {
    const [name, ...sources] = part.trim().split(/\s+/);
    return [name, sources];
  }));
}

/** Checks the header and the HTML fit the page's policy; returns the nonce (if any). */
async function expectPolicyFits(path: string, response: HttpResponse | null, status = 200): Promise<string | undefined> {
  expect(response?.status(), path).toBe(status);
  const policy = directivesOf(response);
  const scriptSources = policy.get("script-src") ?? [];
  expect(policy.get("object-src"), path).toEqual(["'none'"]);
  expect(policy.get("base-uri"), path).toEqual(["'self'"]);
  expect(policy.get("frame-ancestors"), path).toEqual(["'none'"]);
  expect(policy.get("form-action"), path).toEqual(["'self'"]);
  // The test server is plain http: no HSTS, no upgrade of subresources.
  expect(response?.headers()["strict-transport-security"], path).toBeUndefined();
  expect(policy.has("upgrade-insecure-requests"), path).toBe(false);

  const html = (await response?.text()) ?? "";
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
  expect(scripts.length, path).toBeGreaterThan(0);
  // experimental.sri (Turbopack build): the scripts Next boots from carry their build-time hash. Next 16.4
  // leaves client-component chunks without one (ADR 0005), so not every script is required to have one.
  expect(scripts.filter((tag) => tag.includes(" src=") && tag.includes(' integrity="sha384-')).length, path).toBeGreaterThan(0);

  if (pagePolicyOf(path) === "static") {
    expect(scriptSources, path).toEqual(["'self'", "'unsafe-inline'"]);
    expect(html, path).not.toMatch(/<script\b[^>]* nonce=/);
    return undefined;
  }
  const nonce = scriptSources.find((source) => source.startsWith("'nonce-"))?.slice("'nonce-".length, -1);
  expect(nonce, path).toBeTruthy();
  expect(scriptSources, path).toContain("'strict-dynamic'");
  expect(scriptSources, path).not.toContain("'unsafe-inline'");
  // Rendered per request with this response's nonce: a prerendered page would have none and its scripts would be blocked.
  for (const tag of scripts) expect(tag, path).toContain(` nonce="${nonce}"`);
  return nonce;
}

/** Follows a main-navigation link and checks it was a client-side navigation: React hydrated and loaded the next page's chunks. */
async function expectClientNavigation(page: Page, locale: string, area = "/events") {
  await page.evaluate(() => (window.survivedNavigation = true));
  await page.locator(`#main-navigation a[href="/${locale}${area}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}${area}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => window.survivedNavigation)).toBe(true);
}

const publicPaths = Object.keys(PUBLIC_PAGES).map((pattern) => pattern.replace(":slug", EXHIBITION).replace(/\/$/, ""));

for (const locale of LOCALES) {
  test(`/${locale}: public pages keep their policy without violations and their scripts run`, async ({ page }) => {
    const violations = await watchViolations(page);
    for (const path of publicPaths) {
      const response = await page.goto(`/${locale}${path}`);
      await expectPolicyFits(`/${locale}${path}`, response);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await violations(), `/${locale}${path}`).toEqual([]);
    }
    await page.goto(`/${locale}/field-trips`);
    await expectClientNavigation(page, locale);
    expect(await violations()).toEqual([]);
  });

  test(`/${locale}: an unknown address gets this language's not-found page under the nonce policy`, async ({ page }) => {
    const violations = await watchViolations(page);
    const path = `/${locale}/no-such-page/anywhere`;
    expect(await expectPolicyFits(path, await page.goto(path), 404)).toBeTruthy();
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expectClientNavigation(page, locale);
    expect(await violations()).toEqual([]);
  });

  test(`/${locale}: the sign-in form runs under the nonce policy`, async ({ page }) => {
    const violations = await watchViolations(page);
    expect(await expectPolicyFits(`/${locale}/sign-in`, await page.goto(`/${locale}/sign-in`))).toBeTruthy();
    // The form signs in through script (no action, no method): a wrong password shows the alert in place.
    // An address no account has: failed attempts count against it, not against a demo account.
    await page.locator("input[name=email]").fill(`nobody-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`);
    await page.locator("input[name=password]").fill("not-the-password");
    await page.locator("form button[type=submit]").click();
    await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
    expect(page.url()).not.toContain("password");
    await expectClientNavigation(page, locale);
    expect(await violations()).toEqual([]);
  });

  test(`/${locale}: signed-in pages and the back office run without violations`, async ({ page }) => {
    const violations = await watchViolations(page);
    await signIn(page, DEMO.admin);
    for (const path of [`/${locale}/account`, `/${locale}/admin`, `/${locale}/admin/field-trips`]) {
      expect(await expectPolicyFits(path, await page.goto(path)), path).toBeTruthy();
      await expect(page.getByTestId("signed-in-as")).toBeVisible();
      expect(await violations(), path).toEqual([]);
    }
    await expectClientNavigation(page, locale);
    expect(await violations()).toEqual([]);
  });

  test(`/${locale}: the booking form and a coordinator's own bookings run without violations`, async ({ page }) => {
    const violations = await watchViolations(page);
    await signIn(page, DEMO.coordinator);
    await page.goto(`/${locale}/field-trips/${EXHIBITION}`);
    const bookingForm = (await page.locator('a[href*="/book?slot="]').first().getAttribute("href")) ?? "";
    expect(bookingForm).toContain(`/${locale}/field-trips/${EXHIBITION}/book?slot=`);
    for (const path of [bookingForm, `/${locale}/my/field-trips`]) {
      expect(await expectPolicyFits(path, await page.goto(path)), path).toBeTruthy();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await violations(), path).toEqual([]);
    }
    await expectClientNavigation(page, locale);
    expect(await violations()).toEqual([]);
  });
}

test("signed-in and form pages get a fresh nonce on every response and no 'unsafe-inline' for scripts", async ({ request }) => {
  for (const path of ["/en/sign-in", "/ur/register"]) {
    const [first, second] = [await request.get(path), await request.get(path)];
    const nonces = [await expectPolicyFits(path, first), await expectPolicyFits(path, second)];
    expect(nonces[0]).not.toBe(nonces[1]);
  }
});

test("over http: no HSTS and next-auth cookies without the __Secure-/__Host- prefixes", async ({ request }) => {
  const page = await request.get("/en");
  expect(page.headers()["strict-transport-security"]).toBeUndefined();
  const csrf = await request.get("/api/auth/csrf");
  const cookies = csrf.headersArray().filter(({ name }) => name.toLowerCase() === "set-cookie").map(({ value }) => value);
  expect(cookies.some((cookie) => cookie.startsWith("next-auth.csrf-token="))).toBe(true);
  expect(cookies.some((cookie) => /^__(Secure|Host)-/.test(cookie))).toBe(false);
});

test("API responses may run no script at all", async ({ request }) => {
  const response = await request.get("/api/v1/health");
  const policy = directivesOf(response);
  expect(policy.get("default-src")).toEqual(["'none'"]);
  expect(policy.has("script-src")).toBe(false);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
});
