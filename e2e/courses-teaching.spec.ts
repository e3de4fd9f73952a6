import AxeBuilder from "@axe-core/playwright";
import { expect, signIn, signedInPage, test, type Page } from "./support/fixtures";
import { createRunningSection, enrollLearner, markAttended } from "./support/teaching";

/** WCAG 2.1 A and AA checks on the page as rendered. */
async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`)).toEqual([]);
}

test("a teacher opens their section, marks attendance for a meeting and sees the rate change; another teacher gets 404", async ({ page, browser, person, db }) => {
  const teacher = await person({ roles: ["TEACHER"] });
  const otherTeacher = await person({ roles: ["TEACHER"] });
  const section = await createRunningSection(db, teacher.id);
  const amina = await enrollLearner(db, section.id, teacher.id, "Amina Yusuf");
  const omar = await enrollLearner(db, section.id, teacher.id, "Omar Farooq");
  // Two days ago both came: 100 % each before today's marks.
  await markAttended(db, amina.id, 2);
  await markAttended(db, omar.id, 2);

  await signIn(page, teacher);
  await page.getByRole("link", { name: "My sections" }).first().click();
  await expect(page).toHaveURL(/\/en\/teach$/);
  await expect(page.getByRole("heading", { level: 1, name: "My sections" })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("row", { name: new RegExp(section.code) }).getByRole("link").click();

  await expect(page.getByRole("heading", { level: 1, name: section.course.title })).toBeVisible();
  const rateOf = (enrollmentId: string) => page.getByTestId(`roster-${enrollmentId}`).getByTestId("attendance-rate");
  await expect(rateOf(amina.id)).toHaveText(/100%/);
  await expectNoViolations(page);

  // The latest meeting comes first: today's.
  await page.getByRole("link", { name: /Take attendance/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /Attendance on/ })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("group", { name: "Amina Yusuf" }).getByLabel("Absent").check();
  await page.getByRole("group", { name: "Omar Farooq" }).getByLabel("Late").check();
  await page.getByRole("button", { name: "Save attendance" }).click();

  await expect(page.getByRole("status").filter({ hasText: /Attendance for .* is saved/ })).toBeVisible();
  await expect(rateOf(amina.id)).toHaveText(/50%.*1 of 2/);
  await expect(rateOf(omar.id)).toHaveText(/100%.*2 of 2/);

  // The section is not the other teacher's: the page and the API say it does not exist.
  const other = await signedInPage(browser, otherTeacher);
  const response = await other.goto(`/en/teach/sections/${section.id}`);
  expect(response?.status()).toBe(404);
  expect((await other.request.get(`/api/v1/sections/${section.id}/roster`)).status()).toBe(404);
  await other.context().close();
});
