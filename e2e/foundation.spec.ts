import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./support/auth";

const LOCALES = [
  { locale: "en", dir: "ltr", nav: "Field trips" },
  { locale: "ru", dir: "ltr" },
  { locale: "ur", dir: "rtl" },
  { locale: "zh", dir: "ltr" },
  { locale: "fa", dir: "rtl" },
] as const;

test.describe("home page in every language", () => {
  for (const { locale, dir } of LOCALES) {
    test(`/${locale} renders with lang=${locale} dir=${dir}`, async ({ page }) => {
      const response = await page.goto(`/${locale}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // Five areas in the main navigation, labelled in this language.
      await expect(page.locator("#main-navigation").getByRole("link")).toHaveCount(5);
      if (locale !== "en") await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/Russia, Pakistan and the partners/);
    });
  }

  test("the locale switcher keeps the page", async ({ page }) => {
    await page.goto("/en/events");
    await page.getByRole("link", { name: "اردو" }).click();
    await expect(page).toHaveURL(/\/ur\/events$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  });

  test("the bare address sends visitors to a language", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/(en|ru|ur|zh|fa)$/);
  });
});

test("pages are served with security headers", async ({ request }) => {
  const response = await request.get("/en");
  expect(response.headers()).toMatchObject({
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "strict-origin-when-cross-origin",
  });
});

test("health endpoint reports the database up and migrated", async ({ request }) => {
  const response = await request.get("/api/v1/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", database: { reachable: true }, migrations: { pending: [], failed: [] } });
});

test("register, sign in, sign out", async ({ page }) => {
  const email = `new.member.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.com`;
  await page.goto("/en/register");
  await page.getByLabel("Full name").fill("Zainab Qureshi");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("radio", { name: /^Member/ }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?registered=1/);
  await expect(page.getByRole("main").getByRole("status")).toContainText("Your account has been created");

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toHaveText("Signed in as Zainab Qureshi");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
});

test("registration shows localized field errors", async ({ page }) => {
  await page.goto("/ru/register");
  await page.locator("#email").fill("not-an-email");
  await page.locator("#password").fill("short");
  await page.locator("form:has(#email) button[type=submit]:not([form])").click();
  await expect(page.locator("#email-error")).toBeVisible();
  await expect(page.locator("#email-error")).toHaveText(/[А-Яа-я]/);
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/en/sign-in");
  await page.getByLabel("Email").fill(DEMO.member);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("The email or password is not correct.");
});

test("an anonymous visitor is sent to sign-in from a protected page, and back after", async ({ page }) => {
  await page.goto("/en/admin");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fadmin/);
  await page.getByLabel("Email").fill(DEMO.staff);
  await page.getByLabel("Password").fill("Demo-Password-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/admin$/);
});

test("a member gets the forbidden page in the back office", async ({ page }) => {
  await signIn(page, DEMO.member);
  const response = await page.goto("/en/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back office" })).toHaveCount(0);
});

test("an admin reaches the back office", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.getByRole("link", { name: "Back office" }).click();
  await expect(page).toHaveURL(/\/en\/admin$/);
  await expect(page.getByRole("heading", { name: "Back office", level: 1 })).toBeVisible();
  await expect(page.getByText("Memberships awaiting verification")).toBeVisible();
  await page.getByRole("link", { name: "Memberships to verify" }).first().click();
  await expect(page).toHaveURL(/\/en\/admin\/memberships$/);
});

test("the forbidden page speaks the visitor's language", async ({ page }) => {
  await signIn(page, DEMO.member);
  await page.goto("/fa/admin");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("You do not have access to this page");
});

test.describe("every demo account signs in and sees what its role allows", () => {
  const ACCOUNTS = [
    { email: DEMO.admin, backOffice: true, fieldTrips: false },
    { email: DEMO.staff, backOffice: true, fieldTrips: false },
    { email: DEMO.member, backOffice: false, fieldTrips: false },
    { email: DEMO.coordinator, backOffice: false, fieldTrips: true },
    { email: DEMO.pendingCoordinator, backOffice: false, fieldTrips: false },
    { email: DEMO.teacher, backOffice: false, fieldTrips: false },
    { email: DEMO.business, backOffice: false, fieldTrips: false },
  ];
  for (const account of ACCOUNTS) {
    test(account.email, async ({ page }) => {
      await signIn(page, account.email);
      await expect(page.getByRole("link", { name: "Back office" })).toHaveCount(account.backOffice ? 1 : 0);
      await expect(page.getByRole("link", { name: "My field trips" })).toHaveCount(account.fieldTrips ? 1 : 0);
      const admin = await page.goto("/en/admin");
      expect(admin?.status()).toBe(account.backOffice ? 200 : 403);
    });
  }
});

test("people see their own roles and whether staff have verified them", async ({ page, browser }) => {
  await signIn(page, DEMO.pendingCoordinator);
  await page.getByTestId("signed-in-as").click();
  await expect(page).toHaveURL(/\/en\/account$/);
  await expect(page.getByTestId("account-roles")).toContainText("School coordinator");
  await expect(page.getByTestId("account-roles")).toContainText("Awaiting verification by staff");

  const verified = await (await browser.newContext()).newPage();
  await signIn(verified, DEMO.coordinator);
  await verified.goto("/en/account");
  await expect(verified.getByTestId("account-roles")).toContainText("Active");
  await verified.context().close();
});

test("the account page needs a signed-in person", async ({ page }) => {
  await page.goto("/en/account");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Faccount/);
});
