import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/course-catalogue";
import type { Page } from "./support/fixtures";
import { catalog } from "./support/catalog";

// The public side of language classes: catalogue filters, a course page in English and Urdu (RTL),
// the level finder, a section's calendar file, and WCAG 2.1 AA on each new page.

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`)).toEqual([]);
}

type Messages = { courses: { title: string; state: Record<string, string>; section: Record<string, string> } };

test("filters narrow the catalogue, each card links to its course, and a malformed filter shows everything with a notice", async ({ page }) => {
  await page.goto("/en/courses");
  await page.getByLabel("Level", { exact: true }).selectOption("B2");
  await page.getByLabel("Format").selectOption("online");
  await page.getByLabel("Language of instruction").selectOption("ru");
  await page.getByRole("button", { name: "Show courses" }).click();
  await expect(page).toHaveURL(/\/en\/courses\?.*level=B2.*format=online.*language=ru/);
  const torfl = page.locator("article[data-course='torfl-2-exam-preparation-b2']");
  await expect(torfl).toBeVisible();
  await expect(torfl.getByText("B2 · TORFL-2 · Adults")).toBeVisible();
  // Only the online section explained in Russian is listed.
  await expect(torfl.getByText("RUS-B2-TORFL-02")).toBeVisible();
  await expect(torfl.getByText("RUS-B2-TORFL-01")).toHaveCount(0);
  await expect(page.locator("article[data-course='russian-for-kids-a1']")).toHaveCount(0);
  await torfl.getByRole("link", { name: /Course details and enrollment/ }).click();
  await expect(page).toHaveURL(/\/en\/courses\/torfl-2-exam-preparation-b2$/);
  await expect(page.getByTestId("course-level")).toHaveText("B2 · TORFL-2");

  await page.goto("/en/courses?level=Z9&weekday=12");
  await expect(page.getByRole("alert").filter({ hasText: "could not be read" })).toBeVisible();
  await expect(page.locator("article[data-course='russian-for-kids-a1']")).toBeVisible();
});

test("a course page in English: each section's facts, state and entry link, and its calendar file", async ({ page, catalogueCourse }) => {
  const { course, open, full, teacher, cancelled } = await catalogueCourse();
  await page.goto(`/en/courses/${course.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(course.title);
  await expect(page.getByText("Times are Islamabad time")).toBeVisible();

  const openCard = page.locator(`[data-section-code='${open.code}']`);
  await expect(openCard.getByTestId("section-state")).toHaveText("Open");
  await expect(openCard.getByTestId("places-left")).toHaveText("7 places left");
  await expect(openCard.getByText(teacher.name)).toBeVisible();
  await expect(openCard.getByText(/Mon 6:00\s*–\s*7:30\s*PM/)).toBeVisible();
  await expect(openCard.getByText("Русский")).toBeVisible();
  await expect(openCard.getByText(/PKR\s?30,000/)).toBeVisible();
  // Signed out, the entry link signs in first and comes back to this section's enrollment page.
  const enroll = openCard.getByTestId("section-entry");
  await expect(enroll).toContainText("Enroll");
  expect(decodeURIComponent((await enroll.getAttribute("href"))!)).toContain(`callbackUrl=/en/courses/${course.slug}/enroll?section=${open.id}`);

  const fullCard = page.locator(`[data-section-code='${full.code}']`);
  await expect(fullCard.getByTestId("section-state")).toHaveText("Full — waitlist open");
  await expect(fullCard.getByTestId("section-entry")).toContainText("Join the waitlist");
  await expect(fullCard.getByText("Online", { exact: true })).toBeVisible();

  const href = await openCard.getByRole("link", { name: /Add to calendar/ }).getAttribute("href");
  const ics = await page.request.get(href!);
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const body = (await ics.text()).replace(/\r\n /g, "");
  expect(body).toContain(`UID:${open.meetings[0].id}@course-sections.friendship-center`);
  expect(body).toMatch(/DTSTART;TZID=Asia\/Karachi:\d{8}T180000/);
  expect(body).toMatch(/RRULE:FREQ=WEEKLY;UNTIL=\d{8}T185959Z/);
  expect(body).toContain(`EXDATE;TZID=Asia/Karachi:${cancelled.toISOString().slice(0, 10).replace(/-/g, "")}T180000`);
  await expectNoViolations(page);
});

test("a course page in Urdu reads right to left with translated content", async ({ page, catalogueCourse }) => {
  const { course, full } = await catalogueCourse();
  const ur = catalog<Messages>("ur");
  await page.goto(`/ur/courses/${course.slug}`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText((course.translations as { ur: { title: string } }).ur.title);
  const fullCard = page.locator(`[data-section-code='${full.code}']`);
  await expect(fullCard.getByTestId("section-state")).toHaveText(ur.courses.state.full);
  await expect(fullCard.getByTestId("section-entry")).toContainText(ur.courses.section.joinWaitlist);
  await expectNoViolations(page);
});

test("the level finder recommends a level and links to that level's courses still taking enrollments", async ({ page }) => {
  await page.goto("/en/courses");
  await page.getByRole("link", { name: /Take the level finder/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find your level");
  await expectNoViolations(page);
  // Everything at A1, most of A2, one stray B2 statement: A2.
  const a1 = page.getByRole("group", { name: "A1 · Elementary (TEU)" });
  for (const box of await a1.getByRole("checkbox").all()) await box.check();
  await page.getByLabel("I can describe my family, my work or studies and my daily routine.").check();
  await page.getByLabel("I can shop, order food and ask for directions.").check();
  await page.getByLabel("I can read newspaper articles and follow television news.").check();
  await page.getByRole("button", { name: "Recommend a level" }).click();

  const result = page.getByTestId("level-result");
  await expect(result).toHaveAttribute("data-level", "A2");
  await expect(result.getByRole("heading")).toHaveText("Your level: A2 · Basic (TBU)");
  await expect(result.getByRole("link", { name: "Teen Russian A2" })).toBeVisible();
  await expectNoViolations(page);
  await result.getByTestId("level-catalogue-link").click();
  await expect(page).toHaveURL(/\/en\/courses\?level=A2&open=true/);
  await expect(page.getByLabel("Level", { exact: true })).toHaveValue("A2");
  await expect(page.locator("article[data-course='teen-russian-a2']")).toBeVisible();
  await expect(page.locator("article[data-course='adult-russian-a1-evening']")).toHaveCount(0);
});

test("the level finder in Farsi works without script and meets WCAG 2.1 AA", async ({ browser, page }) => {
  const answered = "/fa/courses/level-finder?done=1&can=A1.introduce&can=A1.numbers";
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto(answered);
  await expect(noScript.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(noScript.getByTestId("level-result")).toHaveAttribute("data-level", "A1");
  await expect(noScript.getByRole("checkbox", { checked: true })).toHaveCount(2);
  await context.close();
  // axe runs as a script in the page.
  await page.goto(answered);
  await expectNoViolations(page);
});
