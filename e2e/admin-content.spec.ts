import AxeBuilder from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import { expect, test, signIn, type Page } from "./support/fixtures";

/** WCAG 2.1 A and AA checks, as in accessibility.spec.ts. */
async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  expect(summary).toEqual([]);
}

test.describe("back office: content and audit", () => {
  test("staff translate an exhibit into Urdu; the public /ur exhibition page shows it; the audit viewer shows the before and after", async ({ page, person, db }) => {
    // An exhibition of this test's own, published, with one exhibit in English only.
    const tag = randomUUID().slice(0, 8);
    const exhibition = await db.exhibition.create({
      data: {
        slug: `e2e-content-${tag}`,
        era: "MODERN",
        title: `E2E exhibition ${tag}`,
        summary: "Made by an end-to-end test.",
        description: "Nothing to see.",
        ageMin: 6,
        ageMax: 18,
        durationMinutes: 60,
        tourLanguages: ["en", "ur"],
        exhibits: { create: { position: 1, invention: `Periodic table ${tag}`, inventor: "Dmitri Mendeleev", year: 1869, story: "Order among the elements." } },
      },
      include: { exhibits: true },
    });
    const [exhibit] = exhibition.exhibits;
    const urdu = { invention: `دوری جدول ${tag}`, inventor: "دمتری مندلیف", story: "عناصر میں ترتیب۔" };

    // Before: the Urdu page falls back to English, marked as English.
    await page.goto(`/ur/field-trips/${exhibition.slug}`);
    await expect(page.locator('[lang="en"]', { hasText: `Periodic table ${tag}` })).toBeVisible();

    await signIn(page, await person({ roles: ["STAFF"] }));
    await page.goto("/en/admin/exhibitions?size=100");
    await page.getByRole("link", { name: exhibition.title }).click();
    await expect(page.getByRole("heading", { level: 1, name: exhibition.title })).toBeVisible();

    const item = page.locator(`[data-exhibit="${exhibit.id}"]`);
    await item.locator("summary").click();
    const urduGroup = item.locator('fieldset[data-locale="ur"]');
    await expect(urduGroup.locator("[data-fallback-note]")).toBeVisible();
    await urduGroup.locator(`#exhibit-${exhibit.id}-ur-invention`).fill(urdu.invention);
    await urduGroup.locator(`#exhibit-${exhibit.id}-ur-inventor`).fill(urdu.inventor);
    await urduGroup.locator(`#exhibit-${exhibit.id}-ur-story`).fill(urdu.story);
    await item.getByRole("button", { name: "Save exhibit" }).click();
    await expect(item.getByText("The exhibit has been saved.")).toBeVisible();

    // The public Urdu page now reads the Urdu text, in Urdu.
    await page.goto(`/ur/field-trips/${exhibition.slug}`);
    await expect(page.getByText(urdu.invention)).toBeVisible();
    await expect(page.getByText(urdu.story)).toBeVisible();
    await expect(page.locator('[lang="en"]', { hasText: `Periodic table ${tag}` })).toHaveCount(0);

    // The audit viewer, filtered on the exhibit (the editor's History link), shows before and after.
    await page.goto(`/en/admin/exhibitions/${exhibition.id}`);
    await page.locator(`[data-exhibit="${exhibit.id}"]`).getByRole("link", { name: "History" }).click();
    await expect(page).toHaveURL(new RegExp(`entityId=${exhibit.id}`));
    const entry = page.locator("tr[data-audit-entry]").filter({ hasText: "exhibit.update" });
    await expect(entry).toHaveCount(1);
    const translations = entry.locator('tr[data-change="changed"]').filter({ hasText: "translations" });
    await expect(translations).toContainText("changed");
    await expect(translations.locator("td").nth(0)).not.toContainText(urdu.invention);
    await expect(translations.locator("td").nth(1)).toContainText(urdu.invention);
    await expect(entry.locator('tr[data-change="unchanged"]').filter({ hasText: "invention" }).first()).toContainText(`Periodic table ${tag}`);

    // The CSV export holds exactly the filtered rows.
    const csv = await (await page.request.get(await page.getByRole("link", { name: "Export these entries (CSV)" }).getAttribute("href") ?? "")).text();
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`exhibit.update,Exhibit,${exhibit.id}`);
  });

  test("a slot's capacity cannot go below what is booked", async ({ page, person, slot, booking }) => {
    const visit = await slot({ daysAhead: 70, capacity: 60 });
    await booking(await person({ roles: ["SCHOOL_COORDINATOR"] }), visit.id, { students: 20, chaperones: 2 });
    await signIn(page, await person({ roles: ["STAFF"] }));
    await page.goto(`/en/admin/field-trips/slots/${visit.id}`);
    await page.getByLabel("Capacity (people)").fill("10");
    await page.getByRole("button", { name: "Save slot" }).click();
    await expect(page.getByText("The capacity cannot be below the 22 people already booked.")).toBeVisible();
    await page.getByLabel("Capacity (people)").fill("30");
    await page.getByRole("button", { name: "Save slot" }).click();
    await expect(page.getByText("The slot has been saved.")).toBeVisible();
  });

  test("new back-office pages meet WCAG 2.1 AA", async ({ page, person, slot, db }) => {
    const visit = await slot({ daysAhead: 75 });
    const exhibition = await db.exhibition.findFirstOrThrow({ where: { published: true }, select: { id: true } });
    await signIn(page, await person({ roles: ["STAFF"] }));
    for (const path of ["/admin/audit", "/admin/exhibitions", "/admin/exhibitions/new", `/admin/exhibitions/${exhibition.id}`, `/admin/field-trips/slots/${visit.id}`]) {
      await page.goto(`/en${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoViolations(page);
    }
    await page.goto("/ur/admin/audit");
    await expectNoViolations(page);
  });

  test("people without the permission do not get the audit log or the editor", async ({ page, person }) => {
    await signIn(page, await person({ roles: ["SCHOOL_COORDINATOR"] }));
    for (const path of ["/en/admin/audit", "/en/admin/exhibitions"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
    }
    expect((await page.request.get("/en/admin/audit/export")).status()).toBe(403);
  });
});
