import AxeBuilder from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import { expect, test, signIn, type Page } from "./support/fixtures";
import { createRosterSection } from "./support/course-rosters";

/** WCAG 2.1 A and AA checks, as in accessibility.spec.ts. */
async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  expect(summary).toEqual([]);
}

/** CSV rows as records by header (these cells hold no quotes or commas). */
function csvRecords(csv: string): Record<string, string>[] {
  const [header, ...lines] = csv.trimEnd().split("\r\n").map((line) => line.split(","));
  return lines.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]])));
}

test.describe("back office: a section's roster", () => {
  test("staff record a fee with its receipt, export the waitlist as CSV, remove a learner and see the first waitlisted offered the place", async ({ page, person, db }) => {
    const tag = randomUUID().slice(0, 6);
    const guardian = await person({ roles: ["MEMBER"] });
    const [alina, bilal, chen] = [`Alina ${tag}`, `Bilal ${tag}`, `Chen ${tag}`];
    const section = await createRosterSection(db, {
      capacity: 1,
      guardianId: guardian.id,
      people: [
        { name: alina, status: "ENROLLED" },
        { name: bilal, status: "WAITLISTED" },
        { name: chen, status: "WAITLISTED" },
      ],
    });
    const rosterPath = `/en/admin/courses/sections/${section.id}/roster`;
    await signIn(page, await person({ roles: ["STAFF"] }));
    await page.goto(rosterPath);
    await expect(page.getByRole("heading", { level: 1, name: "Roster and waitlist" })).toBeVisible();
    await expect(page.getByTestId("roster-summary")).toHaveText("1 enrolled · 0 offered a place · 2 waitlisted · capacity 1");
    await expectNoViolations(page);

    const row = (name: string) => page.getByTestId("roster-row").filter({ has: page.getByRole("rowheader", { name: new RegExp(name) }) });
    await expect(row(bilal).getByTestId("roster-status")).toContainText("No. 1 on the waitlist");
    await expect(row(chen).getByTestId("roster-status")).toContainText("No. 2 on the waitlist");

    // Paid needs a receipt: refused without one, recorded with it.
    await row(alina).getByText("Record payment").click();
    await row(alina).getByLabel("Payment status").selectOption("PAID");
    await row(alina).getByRole("button", { name: "Save payment" }).click();
    await expect(row(alina).getByText("A paid fee needs its receipt reference.")).toBeVisible();
    await row(alina).getByLabel("Receipt reference").fill(`RC-${tag}`);
    await row(alina).getByRole("button", { name: "Save payment" }).click();
    await expect(row(alina).getByText("Payment recorded.")).toBeVisible();
    await expect(row(alina).getByTestId("roster-payment")).toHaveText(`PaidReceipt no. RC-${tag}`);

    // The waitlist, filtered on the page, then downloaded: the CSV holds exactly those rows.
    await page.getByLabel("Status", { exact: true }).selectOption("WAITLISTED");
    await page.getByRole("button", { name: "Filter", exact: true }).click();
    await expect(page.getByTestId("roster-row")).toHaveCount(2);
    const href = await page.getByRole("link", { name: "Download CSV (as filtered)" }).getAttribute("href");
    expect(href).toContain("status=WAITLISTED");
    const download = await page.request.get(href ?? "");
    expect(download.status()).toBe(200);
    expect(download.headers()["content-disposition"]).toContain(`roster-${section.code}-`);
    expect(csvRecords(await download.text()).map((r) => [r.learner, r.status, r.waitlist_position])).toEqual([
      [bilal, "WAITLISTED", "1"],
      [chen, "WAITLISTED", "2"],
    ]);
    const paid = csvRecords(await (await page.request.get(`/api/v1/sections/${section.id}/roster.csv?payment=PAID`)).text());
    expect(paid.map((r) => [r.learner, r.receipt_reference])).toEqual([[alina, `RC-${tag}`]]);

    // Removing takes a tick and a click; the freed place is offered to the first on the waitlist.
    await page.goto(rosterPath);
    await row(alina).getByText("Remove from the section").click();
    const remove = row(alina).getByRole("button", { name: "Remove", exact: true });
    await expect(remove).toBeDisabled();
    await row(alina).getByLabel("Reason (optional)").fill("Moved to Lahore.");
    await row(alina).getByRole("checkbox", { name: `Yes, remove ${alina} from this section` }).check();
    await remove.click();
    await expect(page.getByRole("status").filter({ hasText: "Removed from the section; a freed place went to the waitlist." })).toBeVisible();
    await expect(row(bilal).getByTestId("roster-status")).toContainText("Offered a place");
    await expect(row(chen).getByTestId("roster-status")).toContainText("No. 1 on the waitlist");
    await expect(row(alina)).toHaveCount(0);
    await expect(page.getByTestId("roster-summary")).toHaveText("0 enrolled · 1 offered a place · 1 waitlisted · capacity 1");
    await expectNoViolations(page);
  });

  test("staff find an account by email, add its child, enroll them on its behalf, then move them to the course's other section", async ({ page, person, db }) => {
    const tag = randomUUID().slice(0, 6);
    const parent = await person({ roles: ["MEMBER"] });
    const helper = await person({ roles: ["MEMBER"] });
    const here = await createRosterSection(db, { capacity: 2, guardianId: helper.id, people: [] });
    const there = await createRosterSection(db, { capacity: 2, guardianId: helper.id, people: [], courseId: here.courseId });
    const child = `Hira ${tag}`;
    await signIn(page, await person({ roles: ["STAFF"] }));
    await page.goto(`/en/admin/courses/sections/${here.id}/roster`);

    await page.getByLabel("Account email").fill("nobody-at-all@test.example");
    await page.getByRole("button", { name: "Find the account" }).click();
    await expect(page.getByText("No account uses this email.")).toBeVisible();
    await page.getByLabel("Account email").fill(parent.email.toUpperCase());
    await page.getByRole("button", { name: "Find the account" }).click();
    const account = page.getByTestId("enroll-account");
    await expect(account).toContainText(parent.email);
    await expect(account).toContainText("This account has no learner profiles yet");
    await expectNoViolations(page);

    await account.getByLabel("Child's name").fill(child);
    await account.getByLabel("Birth year").fill(String(new Date().getUTCFullYear() - 20));
    await account.getByRole("button", { name: "Add learner" }).click();
    await expect(account.getByText(`${child} was added.`)).toBeVisible();
    await account.getByRole("radio", { name: new RegExp(child) }).check();
    await account.getByRole("button", { name: "Enroll", exact: true }).click();
    await expect(account.getByText("Enrolled.")).toBeVisible();

    const row = page.getByTestId("roster-row").filter({ has: page.getByRole("rowheader", { name: new RegExp(child) }) });
    await expect(row.getByTestId("roster-status")).toHaveText("Enrolled");
    await row.getByText("Move to another section").click();
    await row.getByLabel("Section of the same course").selectOption(there.id);
    await row.getByRole("button", { name: "Move", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Moved to the other section." })).toBeVisible();
    await expect(row).toHaveCount(0);
    await page.goto(`/en/admin/courses/sections/${there.id}/roster`);
    await expect(row.getByTestId("roster-status")).toHaveText("Enrolled");
  });

  test("a member gets 403 on the roster page and its export; staff get 404 for an unknown section", async ({ page, person, db }) => {
    const guardian = await person({ roles: ["MEMBER"] });
    const section = await createRosterSection(db, { capacity: 2, guardianId: guardian.id, people: [{ name: "Someone", status: "ENROLLED" }] });
    await signIn(page, guardian);
    expect((await page.goto(`/en/admin/courses/sections/${section.id}/roster`))?.status()).toBe(403);
    expect((await page.request.get(`/api/v1/sections/${section.id}/roster.csv`)).status()).toBe(403);

    await page.context().clearCookies();
    await signIn(page, await person({ roles: ["STAFF"] }));
    expect((await page.goto("/en/admin/courses/sections/no-such-section/roster"))?.status()).toBe(404);
  });
});
