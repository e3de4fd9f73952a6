import { randomUUID } from "node:crypto";
import { test as base, expect, request, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { createPrismaClient, type Db } from "../../lib/db/create-client";
import { hashPassword } from "../../lib/auth/password";
import type { GradeBand, Role } from "../../lib/generated/prisma/enums";

/**
 * Each test makes the people and slots it uses, straight in the database the server under test
 * reads (Epic Stack's way), instead of picking seeded rows other tests may also be using. The
 * database is the throwaway one `npm test` creates, so nothing needs cleaning up afterwards.
 */
export const PASSWORD = "E2e-Password-2026!";
const DAY = 24 * 60 * 60 * 1000;

export interface TestPerson {
  id: string;
  email: string;
  name: string;
  password: string;
  schoolId?: string;
  schoolName?: string;
}

interface PersonOptions {
  roles?: Role[];
  locale?: string;
  name?: string;
  /** For coordinators: false leaves the new school and membership awaiting staff verification. */
  verified?: boolean;
  /** For coordinators: join this school (as a verified member) instead of founding a new one. */
  schoolId?: string;
}

let passwordHash: Promise<string> | undefined;
const unique = () => randomUUID().slice(0, 8);

async function createPerson(db: Db, { roles = ["MEMBER"], locale = "en", name, verified = true, schoolId }: PersonOptions = {}): Promise<TestPerson> {
  const tag = unique();
  const user = await db.user.create({
    data: {
      email: `e2e-${tag}@test.example`,
      name: name ?? `Test ${roles.join(" ").toLowerCase()} ${tag}`,
      passwordHash: await (passwordHash ??= hashPassword(PASSWORD)),
      locale,
      roles: { create: roles.map((role) => ({ role })) },
    },
  });
  const person: TestPerson = { id: user.id, email: user.email, name: user.name, password: PASSWORD };
  if (roles.includes("SCHOOL_COORDINATOR")) {
    const verifiedAt = verified ? new Date() : null;
    const school = schoolId
      ? await db.organization.findUniqueOrThrow({ where: { id: schoolId } })
      : await db.organization.create({ data: { kind: "SCHOOL", name: `E2E School ${tag}`, city: "Islamabad", verifiedAt } });
    await db.membership.create({
      data: { organizationId: school.id, userId: user.id, role: schoolId ? "MEMBER" : "LEAD", verifiedAt: schoolId ? new Date() : verifiedAt },
    });
    Object.assign(person, { schoolId: school.id, schoolName: school.name });
  }
  return person;
}

let minuteOffset = 0;

/**
 * A fresh open slot of a seeded exhibition, `daysAhead` days from now at a time no other test uses
 * (slots are unique per exhibition and start).
 */
/**
 * A visit slot published the way staff publish one (`POST /api/v1/exhibitions/{slug}/slots`), so it
 * shows on the cached exhibition page at once: the route refreshes the page (ADR 0007), a row
 * written straight to the database would wait for the page's `revalidate`.
 */
async function createSlot(db: Db, staff: APIRequestContext, { exhibitionSlug = "electric-empire", daysAhead = 30, capacity = 60 } = {}) {
  const exhibition = await db.exhibition.findUniqueOrThrow({ where: { slug: exhibitionSlug } });
  for (;;) {
    const day = new Date(Date.now() + daysAhead * DAY);
    // 09:00–16:59 in Islamabad (UTC+5); a random minute keeps parallel workers apart.
    const minute = 9 * 60 + ((Number.parseInt(unique(), 16) + minuteOffset++) % (8 * 60));
    const date = new Date(day.getTime() + 5 * 60 * 60_000).toISOString().slice(0, 10);
    const time = `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
    const response = await staff.post(`/api/v1/exhibitions/${exhibitionSlug}/slots`, { data: { date, time, capacity } });
    if (response.status() === 409) continue; // that minute is taken
    expect(response.status(), await response.text()).toBe(201);
    const { id } = (await response.json()) as { id: string };
    return { ...(await db.visitSlot.findUniqueOrThrow({ where: { id } })), exhibition };
  }
}

/** An API client signed in as a new staff member, through next-auth's credentials endpoint as the form does. */
async function staffApi(db: Db, baseURL: string) {
  const staff = await createPerson(db, { roles: ["STAFF"] });
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedIn = await api.post("/api/auth/callback/credentials", { form: { csrfToken, email: staff.email, password: staff.password, json: "true" } });
  expect(signedIn.ok(), "staff sign-in for fixtures").toBe(true);
  return api;
}

/** A booking of `person`'s school on `slotId`, made directly (for tests about what comes after booking). */
async function createBooking(db: Db, person: TestPerson, slotId: string, { students = 20, chaperones = 2, gradeBand = "GRADES_6_8" as GradeBand } = {}) {
  if (!person.schoolId) throw new Error("createBooking needs a coordinator with a school");
  return db.$transaction(async (tx) => {
    await tx.visitSlot.update({ where: { id: slotId }, data: { bookedCount: { increment: students + chaperones } } });
    return tx.fieldTripBooking.create({
      data: {
        reference: `FT-E${unique().toUpperCase().slice(0, 5)}`,
        slotId,
        schoolId: person.schoolId!,
        coordinatorId: person.id,
        schoolName: person.schoolName!,
        gradeBand,
        students,
        chaperones,
        tourLanguage: "en",
      },
    });
  });
}

/** Signs in through the real form, as a person would. */
export async function signIn(page: Page, person: Pick<TestPerson, "email" | "password">, { locale = "en" } = {}) {
  await page.goto(`/${locale}/sign-in`);
  await page.locator("input[name=email]").fill(person.email);
  await page.locator("input[name=password]").fill(person.password);
  await page.locator("form button[type=submit]").click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

/** A new browser context signed in as `person`: one per person when a test plays several. */
export async function signedInPage(browser: Browser, person: TestPerson, options?: { locale?: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, person, options);
  return page;
}

interface Fixtures {
  person: (options?: PersonOptions) => Promise<TestPerson>;
  slot: (options?: Parameters<typeof createSlot>[2]) => ReturnType<typeof createSlot>;
  booking: (person: TestPerson, slotId: string, options?: Parameters<typeof createBooking>[3]) => ReturnType<typeof createBooking>;
}

export const test = base.extend<Fixtures, { db: Db; staffApi: APIRequestContext }>({
  db: [
    async ({}, provide) => {
      const db = createPrismaClient(process.env.DATABASE_URL ?? "", { max: 4 });
      await provide(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
  person: async ({ db }, provide) => provide((options) => createPerson(db, options)),
  staffApi: [
    async ({ db }, provide, workerInfo) => {
      const api = await staffApi(db, String(workerInfo.project.use.baseURL));
      await provide(api);
      await api.dispose();
    },
    { scope: "worker" },
  ],
  slot: async ({ db, staffApi }, provide) => provide((options) => createSlot(db, staffApi, options)),
  booking: async ({ db }, provide) => provide((person, slotId, options) => createBooking(db, person, slotId, options)),
});

export { expect };
export type { Page } from "@playwright/test";
