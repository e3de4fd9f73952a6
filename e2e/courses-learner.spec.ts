import AxeBuilder from "@axe-core/playwright";
import { test, expect, signedInPage } from "./support/courses";
import { catalog } from "./support/catalog";
import type { Page } from "./support/fixtures";

// Every journey makes its own people, course and section (support/courses.ts): no test shares rows.

interface LearnerCatalog {
  courseLearner: {
    forms: Record<string, string>;
    status: Record<string, string>;
    enroll: Record<string, string>;
    my: Record<string, string>;
  };
}
const words = (locale: string) => catalog<LearnerCatalog>(locale).courseLearner;

/** WCAG 2.1 A and AA checks on the page as rendered. */
async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`)).toEqual([]);
}

const enrollmentIdOf = (page: Page) => new URL(page.url()).pathname.split("/").pop()!;

test("a parent (ru) adds a child and enrolls them; the confirmation shows every meeting of the term", async ({ browser, person, courseSection }) => {
  const ru = words("ru");
  const parent = await person({ locale: "ru" });
  // Tuesday and Thursday for 8 weeks: 16 meetings.
  const section = await courseSection({ audience: "CHILDREN", termWeeks: 8, titles: { ru: "Русский для детей (тест)" } });
  const page = await signedInPage(browser, parent, { locale: "ru" });

  await page.goto("/ru/my/learners");
  await expect(page.getByRole("heading", { level: 1, name: "Мои ученики" })).toBeVisible();
  await expectNoViolations(page);
  const childName = "Амина Тестова";
  await page.locator("#child-name").fill(childName);
  await page.locator("#child-birthYear").fill(String(section.termStart.getUTCFullYear() - 8));
  await page.getByRole("button", { name: ru.forms.addChild }).click();
  await expect(page.getByRole("status").filter({ hasText: childName })).toBeVisible();
  await expect(page.getByTestId("learner-card").filter({ hasText: childName })).toBeVisible();

  await page.goto(`/ru/courses/${section.course.slug}`);
  await page.getByTestId("section-entry").click();
  await expect(page.getByRole("heading", { level: 1, name: ru.enroll.title })).toBeVisible();
  await expect(page.getByTestId("section-state")).toHaveText(ru.enroll.stateOpen);
  await expectNoViolations(page);
  await page.getByRole("radio", { name: new RegExp(childName) }).check();
  await page.getByRole("button", { name: ru.forms.enroll, exact: true }).click();

  await expect(page).toHaveURL(/\/ru\/my\/courses\/[^/?]+\?enrolled=1$/);
  await expect(page.getByRole("status").filter({ hasText: childName })).toBeVisible();
  await expect(page.getByTestId("enrollment-status")).toHaveText(ru.status.ENROLLED);
  await expect(page.getByTestId("meeting-schedule").locator("li")).toHaveCount(16);
  const icsHref = await page.getByRole("link", { name: /\.ics/ }).getAttribute("href");
  expect(icsHref).toBe(`/api/v1/sections/${section.id}/calendar.ics?locale=ru`);
  const ics = await page.request.get(icsHref!);
  expect(ics.status()).toBe(200);
  expect(await ics.text()).toContain("RRULE:FREQ=WEEKLY");
  await expectNoViolations(page);

  await page.goto("/ru/my/courses");
  await expect(page.locator("tbody tr").filter({ hasText: childName })).toContainText(ru.status.ENROLLED);
  await expectNoViolations(page);
  await page.context().close();
});

test("an adult (fa) joins the waitlist of a full section, is offered the place someone drops, and accepts it", async ({ browser, person, courseSection, learnerOf, enrollment }) => {
  const fa = words("fa");
  const en = words("en");
  const adult = await person({ locale: "fa" });
  const holder = await person();
  const section = await courseSection({ level: "A1", capacity: 1 });
  const held = await enrollment((await learnerOf(holder, { self: true })).id, section.id, holder.id);
  const page = await signedInPage(browser, adult, { locale: "fa" });

  // The level finder: someone who can do most of what A1 asks is pointed to A1 courses.
  await page.goto("/fa/courses/level-finder");
  for (const box of await page.locator('input[name="can"][value^="A1."]').all()) await box.check();
  await page.locator('form[method="get"] button[type="submit"]').click();
  await expect(page.getByTestId("level-result")).toHaveAttribute("data-level", "A1");

  // The A1 course's full section offers its waitlist.
  await page.goto(`/fa/courses/${section.course.slug}`);
  await page.getByTestId("section-entry").click();
  await expect(page).toHaveURL(new RegExp(`/fa/courses/${section.course.slug}/enroll\\?section=${section.id}`));
  await expect(page.getByTestId("section-state")).toHaveText(fa.enroll.stateFull);
  await expectNoViolations(page);
  // No learner yet: the adult gives their year of birth right here.
  await page.locator("#enroll-self-birthYear").fill("1990");
  await page.getByRole("button", { name: fa.forms.saveOwnBirthYear }).click();
  await page.getByRole("radio", { name: new RegExp(adult.name) }).check();
  await page.getByRole("button", { name: fa.forms.joinWaitlist }).click();
  await expect(page).toHaveURL(/\/fa\/my\/courses\/[^/?]+\?enrolled=1$/);
  await expect(page.getByTestId("enrollment-status")).toHaveText(fa.status.WAITLISTED);
  await expect(page.getByTestId("waitlist-position")).toHaveText("۱");
  const waiting = enrollmentIdOf(page);

  // The holder drops their place, in two steps.
  const other = await signedInPage(browser, holder);
  await other.goto("/en/my/courses");
  await other.locator(`tr[data-enrollment-id="${held.id}"]`).getByRole("link", { name: /^Drop/ }).click();
  await expect(other).toHaveURL(new RegExp(`/en/my/courses/${held.id}/drop$`));
  await expectNoViolations(other);
  await other.getByRole("button", { name: en.forms.dropConfirm }).click();
  await expect(other).toHaveURL(/\/en\/my\/courses\?dropped=1$/);
  await other.context().close();

  // The adult is offered the place and accepts it from My courses.
  await page.goto("/fa/my/courses");
  const row = page.locator(`tr[data-enrollment-id="${waiting}"]`);
  await expect(row.getByTestId("enrollment-status")).toHaveText(fa.status.OFFERED);
  await expectNoViolations(page);
  await row.getByRole("button").click();
  await expect(page).toHaveURL(new RegExp(`/fa/my/courses/${waiting}\\?accepted=1$`));
  await expect(page.getByRole("status").filter({ hasText: fa.forms.accepted })).toBeVisible();
  await expect(page.getByTestId("enrollment-status")).toHaveText(fa.status.ENROLLED);
  await page.context().close();
});

test("a timetable clash is explained and the parent may enroll anyway", async ({ browser, person, courseSection, learnerOf, enrollment }) => {
  const parent = await person();
  const child = await learnerOf(parent, { name: "Clash Child" });
  const first = await courseSection({ audience: "CHILDREN" });
  const second = await courseSection({ audience: "CHILDREN" });
  await enrollment(child.id, first.id, parent.id);
  const page = await signedInPage(browser, parent);

  await page.goto(`/en/courses/${second.course.slug}/enroll?section=${second.id}`);
  await page.getByRole("radio", { name: /Clash Child/ }).check();
  await page.getByRole("button", { name: "Enroll", exact: true }).click();
  await expect(page.getByTestId("clashes")).toContainText(first.code);
  await expectNoViolations(page);
  await page.getByRole("button", { name: "Enroll anyway" }).click();
  await expect(page).toHaveURL(/\/en\/my\/courses\/[^/?]+\?enrolled=1$/);
  await expect(page.getByTestId("enrollment-status")).toHaveText("Enrolled");
  await page.context().close();
});

test("an age outside the course's audience is refused next to the choice of learner", async ({ browser, person, courseSection, learnerOf }) => {
  const parent = await person();
  await learnerOf(parent, { name: "Too Young", birthYear: new Date().getUTCFullYear() - 5 });
  const section = await courseSection({ audience: "ADULTS" });
  const page = await signedInPage(browser, parent);
  await page.goto(`/en/courses/${section.course.slug}/enroll?section=${section.id}`);
  await page.getByRole("radio", { name: /Too Young/ }).check();
  await page.getByRole("button", { name: "Enroll", exact: true }).click();
  await expect(page.locator("#learnerId-error")).toBeVisible();
  await expect(page).toHaveURL(/\/enroll\?section=/);
  await page.context().close();
});

test("a stranger gets 404 for someone else's enrollment, on the page and in the API", async ({ browser, person, courseSection, learnerOf, enrollment }) => {
  const owner = await person();
  const made = await enrollment((await learnerOf(owner, { self: true })).id, (await courseSection()).id, owner.id);
  const page = await signedInPage(browser, await person());
  for (const path of [`/en/my/courses/${made.id}`, `/en/my/courses/${made.id}/drop`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  const api = await page.request.get(`/api/v1/enrollments/${made.id}`);
  expect(api.status()).toBe(404);
  expect(api.headers()["content-type"]).toContain("application/json");
  await page.goto("/en/my/courses");
  await expect(page.locator(`tr[data-enrollment-id="${made.id}"]`)).toHaveCount(0);
  await page.context().close();
});

test("a visitor is sent to sign in and comes back to the enroll form", async ({ page, person, courseSection }) => {
  const member = await person();
  const section = await courseSection();
  await page.goto(`/en/courses/${section.course.slug}/enroll?section=${section.id}`);
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  await page.locator("input[name=email]").fill(member.email);
  await page.locator("input[name=password]").fill(member.password);
  await page.locator("form button[type=submit]").click();
  await expect(page).toHaveURL(new RegExp(`/en/courses/${section.course.slug}/enroll\\?section=${section.id}`));
  await expect(page.getByRole("heading", { level: 1, name: "Enroll in a course" })).toBeVisible();
});
