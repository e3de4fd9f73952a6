import { expect, test } from "./support/fixtures";

// The payloads: both pass a "starts with / but not //" check and a browser reads them as //evil.example.
const OFF_SITE = ["/\\evil.example", "/\t/evil.example", "//evil.example", "https://evil.example/en"];

for (const callbackUrl of OFF_SITE) {
  test(`sign-in with callbackUrl ${JSON.stringify(callbackUrl)} stays on the portal`, async ({ page, person, baseURL }) => {
    const me = await person();
    await page.goto(`/en/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await page.locator("input[name=email]").fill(me.email);
    await page.locator("input[name=password]").fill(me.password);
    await page.locator("form button[type=submit]").click();
    await expect(page.getByTestId("signed-in-as")).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    expect(new URL(page.url()).pathname).toBe("/en");
  });
}

test("a same-site callbackUrl is still followed after sign-in", async ({ page, person }) => {
  const me = await person();
  await page.goto(`/en/sign-in?callbackUrl=${encodeURIComponent("/en/account")}`);
  await page.locator("input[name=email]").fill(me.email);
  await page.locator("input[name=password]").fill(me.password);
  await page.locator("form button[type=submit]").click();
  await expect(page).toHaveURL(/\/en\/account$/);
});

test("next-auth itself answers an off-site callbackUrl with the portal's own address", async ({ request, person, baseURL }) => {
  const me = await person();
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: me.email, password: me.password, callbackUrl: "/\\evil.example", json: "true" },
    maxRedirects: 0,
  });
  const target = (await response.json().catch(() => ({}))).url ?? response.headers().location;
  expect(new URL(target, baseURL).origin).toBe(new URL(baseURL!).origin);
  expect(new URL(target, baseURL).host).not.toContain("evil");
});

test("the registration form shows password strength in words, live for screen readers, and the server keeps the rule", async ({ page }) => {
  await page.goto("/en/register");
  await page.getByLabel("Full name").fill("Sana Mirza");
  await page.getByLabel("Email").fill(`sana.${Date.now()}@example.com`);
  const meter = page.locator("#password-strength");
  await expect(meter).toHaveAttribute("aria-live", "polite");
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-describedby", /password-strength/);

  await page.getByLabel("Password").fill("password1234");
  await expect(meter).toContainText("Password strength: weak");
  await expect(meter).toContainText("too common");
  await page.getByLabel("Password").fill("sana mirza 2026!");
  await expect(meter).toContainText("name or email");
  await page.getByLabel("Password").fill("granite lantern orchard");
  await expect(meter).toContainText("This password can be used.");

  // The meter only advises: the server refuses a common password on its own.
  await page.getByLabel("Password").fill("password1234");
  await page.getByRole("radio", { name: /^Member/ }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#password-error")).toContainText("too common");
  await expect(page).toHaveURL(/\/en\/register/);
});

test("the strength meter speaks the page's language (Urdu, right to left)", async ({ page }) => {
  await page.goto("/ur/register");
  await page.locator("#password").fill("123456789012");
  await expect(page.locator("#password-strength")).toContainText("پاس ورڈ کی مضبوطی");
});
