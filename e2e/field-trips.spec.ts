import { test, expect, signedInPage } from "./support/fixtures";
import { catalog } from "./support/catalog";

// Every journey makes its own school, people and slot (support/fixtures.ts): no test shares rows.
const EXHIBITION_SLUG = "electric-empire";
const EXHIBITION_TITLE = /The Electric Empire/;

test("a coordinator books a visit, staff confirm it, the coordinator downloads the calendar file", async ({ browser, person, slot }) => {
  const coordinator = await person({ roles: ["SCHOOL_COORDINATOR"] });
  const staffMember = await person({ roles: ["STAFF"] });
  const visit = await slot({ exhibitionSlug: EXHIBITION_SLUG, daysAhead: 30 });
  const page = await signedInPage(browser, coordinator);

  // Catalogue → exhibition → this slot.
  await page.goto("/en/field-trips");
  await expect(page.getByRole("heading", { level: 1, name: "School field trips" })).toBeVisible();
  await page.getByRole("link", { name: EXHIBITION_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: EXHIBITION_TITLE })).toBeVisible();
  await page.locator(`tr[data-slot-id="${visit.id}"]`).getByRole("link", { name: /Book this slot/ }).click();

  // The booking form: the school is the coordinator's verified school.
  await expect(page.getByRole("heading", { level: 1, name: "Book a field trip" })).toBeVisible();
  await expect(page.locator("#school")).toHaveValue(coordinator.schoolName!);
  await page.getByLabel("Grade band").selectOption("GRADES_6_8");
  await page.getByLabel("Number of students").fill("20");
  await page.getByLabel("Number of chaperones").fill("2");
  await page.getByLabel("Tour language", { exact: true }).selectOption("en");
  await page.getByLabel("Special needs (optional)").fill("One student uses a wheelchair.");
  await page.getByLabel("We would like to use the lunch room").check();
  await page.getByRole("button", { name: "Request booking" }).click();

  await expect(page).toHaveURL(/\/en\/my\/field-trips\/[^/?]+\?booked=1$/);
  await expect(page.getByRole("status").filter({ hasText: "booking request has been received" })).toBeVisible();
  await expect(page.getByTestId("booking-status")).toHaveText("Pending");
  const reference = (await page.getByTestId("booking-reference").textContent())?.trim() ?? "";
  expect(reference).toMatch(/^FT-[A-Z0-9]{6}$/);
  const bookingId = new URL(page.url()).pathname.split("/").pop()!;

  // Staff confirm it on their own booking page (a separate session).
  const staff = await signedInPage(browser, staffMember);
  await staff.goto(`/en/admin/field-trips/${bookingId}`);
  await staff.getByRole("button", { name: `Confirm booking ${reference}` }).click();
  await expect(staff.getByTestId("booking-status")).toHaveText("Confirmed");
  await staff.context().close();

  await page.reload();
  await expect(page.getByTestId("booking-status")).toHaveText("Confirmed");
  const icsHref = await page.getByRole("link", { name: "Download calendar file (.ics)" }).getAttribute("href");
  const ics = await page.request.get(icsHref!);
  expect(ics.status()).toBe(200);
  const body = await ics.text();
  expect(body).toContain("BEGIN:VCALENDAR");
  expect(body).toContain("TZID=Asia/Karachi");
  await page.context().close();
});

test("colleagues at one school share its bookings; another school's coordinator gets 404", async ({ browser, person, slot, booking }) => {
  const lead = await person({ roles: ["SCHOOL_COORDINATOR"] });
  const colleague = await person({ roles: ["SCHOOL_COORDINATOR"], schoolId: lead.schoolId });
  const stranger = await person({ roles: ["SCHOOL_COORDINATOR"] });
  const made = await booking(lead, (await slot({ daysAhead: 40 })).id, { students: 20, chaperones: 2 });

  // The colleague finds the booking in their list and changes the headcount.
  const page = await signedInPage(browser, colleague);
  await page.goto("/en/my/field-trips");
  await page.getByRole("link", { name: made.reference }).click();
  await expect(page.getByTestId("booking-reference")).toHaveText(made.reference);
  await page.locator("#headcount-students").fill("25");
  await page.locator("#headcount-chaperones").fill("3");
  await page.getByRole("button", { name: "Save numbers" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The number of people has been updated." })).toBeVisible();
  await page.context().close();

  const other = await signedInPage(browser, stranger);
  const response = await other.goto(`/en/my/field-trips/${made.id}`);
  expect(response?.status()).toBe(404);
  await expect(other.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await other.goto("/en/my/field-trips");
  await expect(other.getByRole("link", { name: made.reference })).toHaveCount(0);
  await other.context().close();
});

test("an anonymous visitor is offered sign-in for a slot and lands on its booking form after", async ({ page, person, slot }) => {
  const coordinator = await person({ roles: ["SCHOOL_COORDINATOR"] });
  const visit = await slot({ daysAhead: 20 });
  await page.goto(`/en/field-trips/${EXHIBITION_SLUG}`);
  await page.locator(`tr[data-slot-id="${visit.id}"]`).getByRole("link", { name: /Sign in to book/ }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  await page.locator("input[name=email]").fill(coordinator.email);
  await page.locator("input[name=password]").fill(coordinator.password);
  await page.locator("form button[type=submit]").click();
  await expect(page).toHaveURL(new RegExp(`/en/field-trips/${EXHIBITION_SLUG}/book\\?slot=${visit.id}`));
  await expect(page.getByRole("button", { name: "Request booking" })).toBeVisible();
});

test("staff and members see no booking links; a coordinator awaiting verification is told to wait", async ({ browser, person, slot }) => {
  const visit = await slot({ daysAhead: 25 });
  for (const roles of [["STAFF"], ["ADMIN", "STAFF"], ["MEMBER"]] as const) {
    const page = await signedInPage(browser, await person({ roles: [...roles] }));
    await page.goto(`/en/field-trips/${EXHIBITION_SLUG}`);
    await expect(page.locator(`tr[data-slot-id="${visit.id}"] a`)).toHaveCount(0);
    await expect(page.getByRole("link", { name: /Book this slot/ })).toHaveCount(0);
    await page.context().close();
  }
  const member = await signedInPage(browser, await person({ roles: ["MEMBER"] }));
  const refused = await member.goto(`/en/field-trips/${EXHIBITION_SLUG}/book?slot=${visit.id}`);
  expect(refused?.status()).toBe(403);
  await member.context().close();

  const pending = await signedInPage(browser, await person({ roles: ["SCHOOL_COORDINATOR"], verified: false }));
  await pending.goto(`/en/field-trips/${EXHIBITION_SLUG}/book?slot=${visit.id}`);
  await expect(pending.getByRole("status").filter({ hasText: "waiting for verification" })).toBeVisible();
  await expect(pending.getByRole("button", { name: "Request booking" })).toHaveCount(0);
  await pending.context().close();
});

test("an exhibition and its exhibits read in the page's language", async ({ page }) => {
  for (const locale of ["ru", "ur", "zh", "fa"]) {
    await page.goto(`/${locale}/field-trips/${EXHIBITION_SLUG}`);
    const main = page.getByRole("main");
    // No content on the page fell back to English.
    await expect(main.locator('[lang="en"]')).toHaveCount(0);
    await expect(main.getByText("Pavel Yablochkov")).toHaveCount(0);
    await expect(main.getByText(/carbon rods|kaolin clay/)).toHaveCount(0);
  }
});

test.describe("the booking journey in every other language", () => {
  // Labels differ per language, so this journey finds controls by their ids and checks texts against the catalogs.
  for (const locale of ["ru", "ur", "zh", "fa"] as const) {
    test(`/${locale}: a refusal explains itself, then the booking goes through`, async ({ browser, person, slot }) => {
      type Statuses = { fieldTrips: { status: { PENDING: string } } };
      const messages = catalog<Statuses>(locale);
      const english = catalog<Statuses>("en");
      const coordinator = await person({ roles: ["SCHOOL_COORDINATOR"], locale });
      const visit = await slot({ daysAhead: 35 });
      const page = await signedInPage(browser, coordinator, { locale });
      await page.goto(`/${locale}/field-trips/${EXHIBITION_SLUG}`);
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ur" || locale === "fa" ? "rtl" : "ltr");
      await page.locator(`tr[data-slot-id="${visit.id}"] a`).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/field-trips/${EXHIBITION_SLUG}/book`));

      await page.locator("#gradeBand").selectOption("PRE_K_K");
      await page.locator("#students").fill("20");
      await page.locator("#chaperones").fill("2");
      await page.locator("#tourLanguage").selectOption("en");
      await page.locator("form button[type=submit]").click();
      // Pre-K needs one adult per four children: the refusal names the field, in this language.
      const error = page.locator("#chaperones-error");
      await expect(error).toBeVisible();
      await expect(error).not.toContainText("chaperone");
      await expect(page.locator("#chaperones")).toHaveAttribute("aria-invalid", "true");

      await page.locator("#chaperones").fill("5");
      await page.locator("form button[type=submit]").click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/my/field-trips/[^/?]+\\?booked=1$`));
      await expect(page.getByTestId("booking-status")).toHaveText(messages.fieldTrips.status.PENDING);
      expect(messages.fieldTrips.status.PENDING).not.toBe(english.fieldTrips.status.PENDING);
      await page.context().close();
    });
  }
});

test("the portal has its icons, manifest and robots file", async ({ request }) => {
  for (const [path, type] of [
    ["/favicon.ico", /image\/(x-icon|vnd\.microsoft\.icon)/],
    ["/icon.svg", /image\/svg\+xml/],
    ["/manifest.webmanifest", /application\/manifest\+json/],
    ["/robots.txt", /text\/plain/],
    ["/opengraph-image.png", /image\/png/],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
  }
  expect(await (await request.get("/robots.txt")).text()).toContain("Disallow: /en/admin");
});
