import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";

// Demo accounts from prisma/seed-data/accounts.ts (seeded before the suite runs).
const PASSWORD = "Demo-Password-2026";
const ACCOUNTS = {
  coordinator: "coordinator@demo.fc.pk",
  pendingCoordinator: "pending.coordinator@demo.fc.pk",
  staff: "staff@demo.fc.pk",
  member: "member@demo.fc.pk",
} as const;

const EXHIBITION_SLUG = "electric-empire";
const EXHIBITION_TITLE = /The Electric Empire/;
const DAY = 24 * 60 * 60 * 1000;

async function signIn(page: Page, email: string) {
  await page.goto("/en/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

async function signedInPage(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/**
 * An open slot far enough ahead that changes are still allowed, with room for the group. Picked at
 * random among the candidates so parallel runs rarely share a slot (and capacity copes if they do).
 */
async function pickSlot(page: Page, groupSize: number): Promise<string> {
  const rows = await page.locator("tbody tr[data-slot-id]").evaluateAll((trs) =>
    trs.map((tr) => ({
      id: tr.getAttribute("data-slot-id") ?? "",
      startsAt: tr.querySelector("time")?.getAttribute("datetime") ?? "",
      remaining: Number(tr.getAttribute("data-remaining") ?? 0),
      bookable: !!tr.querySelector("a"),
    })),
  );
  const earliest = Date.now() + 10 * DAY;
  const candidates = rows.filter((r) => r.bookable && r.remaining >= groupSize && new Date(r.startsAt).getTime() >= earliest);
  expect(candidates.length, "an open slot at least 10 days ahead with enough places").toBeGreaterThan(0);
  return candidates[Math.floor(Math.random() * candidates.length)].id;
}

test("a coordinator books a visit, staff confirm it, the coordinator downloads the calendar file", async ({ browser }) => {
  const coordinator = await signedInPage(browser, ACCOUNTS.coordinator);

  // Catalogue → exhibition → a slot.
  await coordinator.goto("/en/field-trips");
  await expect(coordinator.getByRole("heading", { level: 1, name: "School field trips" })).toBeVisible();
  await coordinator.getByRole("link", { name: EXHIBITION_TITLE }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: EXHIBITION_TITLE })).toBeVisible();
  await expect(coordinator.getByRole("heading", { name: "Upcoming visit dates" })).toBeVisible();
  const slotId = await pickSlot(coordinator, 22);
  await coordinator.locator(`tr[data-slot-id="${slotId}"]`).getByRole("link", { name: /Book this slot/ }).click();

  // The booking form: the school comes from the coordinator's profile.
  await expect(coordinator.getByRole("heading", { level: 1, name: "Book a field trip" })).toBeVisible();
  await expect(coordinator.getByLabel("School", { exact: true })).not.toHaveValue("");
  await coordinator.getByLabel("Grade band").selectOption("GRADES_6_8");
  await coordinator.getByLabel("Number of students").fill("20");
  await coordinator.getByLabel("Number of chaperones").fill("2");
  await coordinator.getByLabel("Tour language", { exact: true }).selectOption("en");
  await coordinator.getByLabel("Special needs (optional)").fill("One student uses a wheelchair.");
  await coordinator.getByLabel("We would like to use the lunch room").check();
  await coordinator.getByRole("button", { name: "Request booking" }).click();

  // The confirmation page of the new booking.
  await expect(coordinator).toHaveURL(/\/en\/my\/field-trips\/[^/?]+\?booked=1$/);
  await expect(coordinator.getByRole("status").filter({ hasText: "booking request has been received" })).toBeVisible();
  await expect(coordinator.getByTestId("booking-status")).toHaveText("Pending");
  const reference = (await coordinator.getByTestId("booking-reference").textContent())?.trim() ?? "";
  expect(reference).toMatch(/^FT-[A-Z0-9]{6}$/);

  // Staff confirm it in the back office (a separate session).
  const staff = await signedInPage(browser, ACCOUNTS.staff);
  await staff.goto("/en/admin/field-trips");
  const row = staff.getByRole("row").filter({ hasText: reference });
  await row.getByRole("button", { name: `Confirm booking ${reference}` }).click();
  await expect(row.getByText("Confirmed", { exact: true })).toBeVisible();
  await staff.context().close();

  // The coordinator sees the confirmation and gets the calendar file.
  await coordinator.reload();
  await expect(coordinator.getByTestId("booking-status")).toHaveText("Confirmed");
  const icsHref = await coordinator.getByRole("link", { name: "Download calendar file (.ics)" }).getAttribute("href");
  expect(icsHref).toBeTruthy();
  const ics = await coordinator.request.get(icsHref!);
  expect(ics.status()).toBe(200);
  const body = await ics.text();
  expect(body).toContain("BEGIN:VCALENDAR");
  expect(body).toContain("TZID=Asia/Karachi");
  await coordinator.context().close();
});

test("an anonymous visitor who opens a booking page is sent to sign in", async ({ page }) => {
  await page.goto(`/en/field-trips/${EXHIBITION_SLUG}/book?slot=any-slot`);
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
});

test("a coordinator awaiting verification cannot book nor see another school's booking", async ({ browser }) => {
  // The address of one of the verified coordinator's (seeded) bookings.
  const owner = await signedInPage(browser, ACCOUNTS.coordinator);
  await owner.goto("/en/my/field-trips");
  const bookingHref = await owner.getByRole("link", { name: /^FT-/ }).first().getAttribute("href");
  expect(bookingHref).toMatch(/\/en\/my\/field-trips\/.+/);
  await owner.context().close();

  const pending = await signedInPage(browser, ACCOUNTS.pendingCoordinator);
  const response = await pending.goto(bookingHref!);
  expect(response?.status()).toBe(404);
  await expect(pending.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();

  await pending.goto(`/en/field-trips/${EXHIBITION_SLUG}/book?slot=any-slot`);
  await expect(pending.getByRole("status").filter({ hasText: "waiting for verification" })).toBeVisible();
  await expect(pending.getByRole("button", { name: "Request booking" })).toHaveCount(0);
  await pending.context().close();
});

test("a member gets the forbidden page on a booking page", async ({ browser }) => {
  const member = await signedInPage(browser, ACCOUNTS.member);
  const response = await member.goto(`/en/field-trips/${EXHIBITION_SLUG}/book?slot=any-slot`);
  expect(response?.status()).toBe(403);
  await expect(member.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();
  await member.context().close();
});

const catalog = (locale: string) => JSON.parse(fs.readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8"));

test.describe("the booking journey in every other language", () => {
  // Labels differ per language, so this journey finds controls by their ids and checks texts against the catalogs.
  for (const locale of ["ru", "ur", "zh", "fa"] as const) {
    test(`/${locale}: a refusal explains itself, then the booking goes through`, async ({ browser }) => {
      const messages = catalog(locale);
      const english = catalog("en");
      const coordinator = await signedInPage(browser, ACCOUNTS.coordinator);
      await coordinator.goto(`/${locale}/field-trips/${EXHIBITION_SLUG}`);
      await expect(coordinator.locator("html")).toHaveAttribute("dir", locale === "ur" || locale === "fa" ? "rtl" : "ltr");
      const slotId = await pickSlot(coordinator, 22);
      await coordinator.locator(`tr[data-slot-id="${slotId}"] a`).click();
      await expect(coordinator).toHaveURL(new RegExp(`/${locale}/field-trips/${EXHIBITION_SLUG}/book`));

      await coordinator.locator("#gradeBand").selectOption("PRE_K_K");
      await coordinator.locator("#students").fill("20");
      await coordinator.locator("#chaperones").fill("2");
      await coordinator.locator("#tourLanguage").selectOption("en");
      await coordinator.locator("form button[type=submit]").click();
      // Pre-K needs one adult per four children: the refusal names the field, in this language.
      const error = coordinator.locator("#chaperones-error");
      await expect(error).toBeVisible();
      await expect(error).not.toContainText("chaperone");
      await expect(coordinator.locator("#chaperones")).toHaveAttribute("aria-invalid", "true");

      await coordinator.locator("#chaperones").fill("5");
      await coordinator.locator("form button[type=submit]").click();
      await expect(coordinator).toHaveURL(new RegExp(`/${locale}/my/field-trips/[^/?]+\\?booked=1$`));
      await expect(coordinator.getByTestId("booking-status")).toHaveText(messages.fieldTrips.status.PENDING);
      expect(messages.fieldTrips.status.PENDING).not.toBe(english.fieldTrips.status.PENDING);
      await coordinator.context().close();
    });
  }
});
