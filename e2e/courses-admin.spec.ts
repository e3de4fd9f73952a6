import AxeBuilder from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import { expect, test, signIn, type Page } from "./support/fixtures";
import { addDays, centerDateOf } from "../lib/time/center-time";

/** WCAG 2.1 A and AA checks, as in accessibility.spec.ts. */
async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  expect(summary).toEqual([]);
}

const TEXTS = {
  en: { title: "Russian for travellers", description: "Greetings, directions, the market." },
  ru: { title: "Русский для путешественников", description: "Приветствия, дорога, рынок." },
  ur: { title: "مسافروں کے لیے روسی", description: "سلام، راستہ، بازار۔" },
  zh: { title: "旅行者俄语", description: "问候、问路、市场。" },
  fa: { title: "روسی برای مسافران", description: "سلام، نشانی، بازار." },
};

test.describe("back office: the course catalogue", () => {
  test("staff create a course in five languages, add a section with two meetings, cancel one occurrence and retire the course", async ({ page, person, db }) => {
    const tag = randomUUID().slice(0, 8);
    const teacher = await person({ roles: ["TEACHER"], name: `Teacher ${tag}` });
    await signIn(page, await person({ roles: ["STAFF"] }));

    // The course, with its texts in every language.
    await page.goto("/en/admin/courses/new");
    await expectNoViolations(page);
    await page.getByLabel("Web address").fill(`e2e-travellers-${tag}`);
    await page.getByLabel("Level").selectOption("A2");
    await page.getByLabel("Audience").selectOption("ADULTS");
    await page.getByLabel("Published in the catalogue").check();
    for (const [locale, text] of Object.entries(TEXTS)) {
      await page.locator(`#course-${locale}-title`).fill(`${text.title} ${tag}`);
      await page.locator(`#course-${locale}-description`).fill(text.description);
    }
    await page.getByRole("button", { name: "Create course" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `${TEXTS.en.title} ${tag}` })).toBeVisible();
    await expect(page.getByTestId("course-status")).toContainText("Texts complete in all five languages");
    const course = await db.course.findUniqueOrThrow({ where: { slug: `e2e-travellers-${tag}` } });
    expect(course).toMatchObject({ published: true, level: "A2", translations: { fa: { title: `${TEXTS.fa.title} ${tag}` } } });

    // The list shows it with all five languages filled.
    await page.goto(`/en/admin/courses?q=${tag}`);
    await expect(page.locator(`tr[data-course="${course.id}"] li[data-filled="true"]`)).toHaveCount(5);
    await expectNoViolations(page);

    // A section of it.
    await page.goto(`/en/admin/courses/${course.id}`);
    await expectNoViolations(page);
    const today = centerDateOf(new Date());
    await page.getByLabel("Section code").fill(`E2E-${tag}`);
    await page.getByLabel("Teacher").selectOption(teacher.id);
    await page.getByLabel("First day of term").fill(addDays(today, 14));
    await page.getByLabel("Last day of term").fill(addDays(today, 100));
    await page.getByLabel("Enrollment deadline").fill(addDays(today, 10));
    await page.getByLabel("Language of instruction").selectOption("ur");
    await page.getByLabel("Taught online").check();
    await page.getByLabel("Capacity (places)").fill("10");
    await page.getByLabel("Fee (PKR)").fill("12000");
    await page.getByRole("button", { name: "Create section" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Section E2E-${tag.toUpperCase()}` })).toBeVisible();
    const section = await db.courseSection.findUniqueOrThrow({ where: { code: `E2E-${tag.toUpperCase()}` } });
    expect(section).toMatchObject({ courseId: course.id, teacherId: teacher.id, online: true, capacity: 10, feePkr: 12000, instructionLanguage: "ur" });

    // Two weekly meetings; an overlapping third is refused.
    for (const [day, start, end] of [["1", "17:00", "18:30"], ["3", "17:00", "18:30"], ["3", "18:00", "19:00"]]) {
      await page.getByLabel("Day", { exact: true }).selectOption(day);
      await page.getByLabel("Starts").fill(start);
      await page.getByLabel("Ends").fill(end);
      await page.getByRole("button", { name: "Add meeting" }).click();
      await expect(page.getByText(day === "3" && start === "18:00" ? "This meeting overlaps another meeting of the section." : "The meeting has been added.")).toBeVisible();
    }
    await expect(page.locator("li[data-meeting]")).toHaveCount(2);
    await expectNoViolations(page);

    // Cancel the first coming occurrence, with a reason.
    const first = page.locator('li[data-occurrence][data-cancelled="false"]').first();
    const date = await first.getAttribute("data-occurrence");
    await first.getByPlaceholder("Reason (optional)").fill("Public holiday");
    await first.getByRole("button", { name: "Cancel this meeting" }).click();
    await expect(page.locator(`li[data-occurrence="${date}"][data-cancelled="true"]`)).toContainText("Cancelled: Public holiday");
    const cancellations = await db.meetingCancellation.findMany({ where: { meeting: { sectionId: section.id } } });
    expect(cancellations.map((c) => [c.date.toISOString().slice(0, 10), c.reason])).toEqual([[date, "Public holiday"]]);
    // The section's calendar file (where the public API serves it) skips that day.
    const ics = await page.request.get(`/api/v1/sections/${section.id}/calendar.ics`);
    if (ics.ok()) expect(await ics.text()).toMatch(new RegExp(`EXDATE[^\\r\\n]*${date!.replaceAll("-", "")}`));

    // Retire the course: the section goes with it.
    await page.goto(`/en/admin/courses/${course.id}`);
    await page.getByLabel("Yes, retire this course and all its sections").check();
    await page.getByRole("button", { name: "Retire course" }).click();
    await expect(page.getByTestId("course-status")).toContainText("Retired on");
    expect(await db.course.findUniqueOrThrow({ where: { id: course.id } })).toMatchObject({ published: false, retiredAt: expect.any(Date) });
    expect((await db.courseSection.findUniqueOrThrow({ where: { id: section.id } })).retiredAt).not.toBeNull();
  });

  test("a member gets 403 on the course back office", async ({ page, person }) => {
    await signIn(page, await person({ roles: ["MEMBER"] }));
    for (const path of ["/en/admin/courses", "/en/admin/courses/new"]) {
      expect((await page.goto(path))?.status(), path).toBe(403);
    }
  });

  test("the course back office reads right to left in Farsi and meets WCAG 2.1 AA with seeded courses", async ({ page, person, db }) => {
    const section = await db.courseSection.findFirstOrThrow({ where: { retiredAt: null, meetings: { some: {} } }, select: { id: true, courseId: true } });
    await signIn(page, await person({ roles: ["STAFF"], locale: "fa" }), { locale: "fa" });
    for (const path of ["/admin/courses", "/admin/courses/new", `/admin/courses/${section.courseId}`, `/admin/courses/sections/${section.id}`]) {
      await page.goto(`/fa${path}`);
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoViolations(page);
    }
  });
});
