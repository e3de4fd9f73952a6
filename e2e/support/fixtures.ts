import { randomUUID } from "node:crypto";
import { test as base, expect, type Browser, type Page } from "@playwright/test";
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
async function createSlot(db: Db, { exhibitionSlug = "electric-empire", daysAhead = 30, capacity = 60 } = {}) {
  const exhibition = await db.exhibition.findUniqueOrThrow({ where: { slug: exhibitionSlug } });
  for (;;) {
    const day = new Date(Date.now() + daysAhead * DAY);
    // 04:00–11:59 UTC is 09:00–16:59 in Islamabad; a random minute keeps parallel workers apart.
    const minute = (Number.parseInt(unique(), 16) + minuteOffset++) % (8 * 60);
    const startsAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 4, minute));
    const taken = await db.visitSlot.findUnique({ where: { exhibitionId_startsAt: { exhibitionId: exhibition.id, startsAt } } });
    if (taken) continue;
    const slot = await db.visitSlot.create({
      data: { exhibitionId: exhibition.id, startsAt, endsAt: new Date(startsAt.getTime() + exhibition.durationMinutes * 60_000), capacity },
    });
    return { ...slot, exhibition };
  }
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
  slot: (options?: Parameters<typeof createSlot>[1]) => ReturnType<typeof createSlot>;
  booking: (person: TestPerson, slotId: string, options?: Parameters<typeof createBooking>[3]) => ReturnType<typeof createBooking>;
}

export const test = base.extend<Fixtures, { db: Db }>({
  db: [
    async ({}, provide) => {
      const db = createPrismaClient(process.env.DATABASE_URL ?? "", { max: 4 });
      await provide(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
  person: async ({ db }, provide) => provide((options) => createPerson(db, options)),
  slot: async ({ db }, provide) => provide((options) => createSlot(db, options)),
  booking: async ({ db }, provide) => provide((person, slotId, options) => createBooking(db, person, slotId, options)),
});

export { expect };
export type { Page } from "@playwright/test";
