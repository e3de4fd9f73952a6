import AxeBuilder from "@axe-core/playwright";
import { expect, test, signIn, type Page } from "./support/fixtures";
import { DEMO, signIn as signInDemo } from "./support/auth";

/** WCAG 2.1 A and AA checks (contrast, labels, names, landmarks) on a page as rendered. */
async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  expect(summary).toEqual([]);
}

async function firstExhibitionPath(page: Page) {
  const response = await page.request.get("/api/v1/exhibitions");
  const { items } = (await response.json()) as { items: { slug: string }[] };
  return `/field-trips/${items[0].slug}`;
}

test.describe("public pages meet WCAG 2.1 AA", () => {
  for (const locale of ["en", "ur"]) {
    for (const path of ["", "/field-trips", "/courses", "/rooms", "/events", "/businesses", "/sign-in", "/register"]) {
      test(`/${locale}${path}`, async ({ page }) => {
        await page.goto(`/${locale}${path}`);
        await expectNoViolations(page);
      });
    }
    test(`/${locale} exhibition page`, async ({ page }) => {
      await page.goto(`/${locale}${await firstExhibitionPath(page)}`);
      await expectNoViolations(page);
    });
  }
});

test.describe("signed-in pages meet WCAG 2.1 AA", () => {
  test("coordinator: booking form, my field trips, a booking and the account page", async ({ page, person, slot, booking }) => {
    const coordinator = await person({ roles: ["SCHOOL_COORDINATOR"] });
    const visit = await slot({ daysAhead: 45 });
    const made = await booking(coordinator, (await slot({ daysAhead: 50 })).id);
    await signIn(page, coordinator);
    await page.goto(`/en/field-trips/${visit.exhibition.slug}/book?slot=${visit.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoViolations(page);
    await page.goto("/en/my/field-trips");
    await expectNoViolations(page);
    await page.goto(`/en/my/field-trips/${made.id}`);
    await expectNoViolations(page);
    await page.goto("/en/account");
    await expectNoViolations(page);
  });

  test("staff: back office pages", async ({ page, person, slot, booking }) => {
    const made = await booking(await person({ roles: ["SCHOOL_COORDINATOR"] }), (await slot({ daysAhead: 55 })).id);
    await signInDemo(page, DEMO.staff);
    for (const path of ["/admin", "/admin/field-trips", `/admin/field-trips/${made.id}`, "/admin/field-trips/slots", "/admin/field-trips/day-sheet", "/admin/outbox", "/admin/memberships"]) {
      await page.goto(`/en${path}`);
      await expectNoViolations(page);
    }
  });
});
