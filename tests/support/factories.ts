import { randomUUID } from "node:crypto";
import { createPrismaClient } from "@/lib/db/create-client";
import { toActor, type Actor } from "@/lib/auth/actor";
import type { Era, Role } from "@/lib/generated/prisma/enums";

/** Integration tests talk to the real PostgreSQL in DATABASE_URL (a throwaway one under `npm test`). */
export const db = createPrismaClient(process.env.DATABASE_URL ?? "", { max: 20 });

export const uniq = () => randomUUID().slice(0, 8);
const DAY = 24 * 60 * 60 * 1000;
export const daysFromNow = (days: number, now = new Date()) => new Date(now.getTime() + days * DAY);

/** A user holding `roles`; verified unless told otherwise. Password hashes are placeholders: these users never sign in. */
export async function createActor(roles: Role[], { verified = true, name = "Test Person" } = {}): Promise<Actor> {
  const user = await db.user.create({
    data: {
      email: `${uniq()}@test.example`,
      name,
      passwordHash: "not-a-real-hash",
      organization: "Test School",
      roles: { create: roles.map((role) => ({ role, verifiedAt: verified ? new Date() : null })) },
    },
    include: { roles: true },
  });
  return toActor(user);
}

export async function createExhibition(overrides: Partial<{ era: Era; minGroupSize: number; maxGroupSize: number; tourLanguages: string[]; published: boolean }> = {}) {
  const slug = `test-exhibition-${uniq()}`;
  return db.exhibition.create({
    data: {
      slug,
      era: overrides.era ?? "SOVIET",
      title: `Test exhibition ${slug}`,
      summary: "A test exhibition.",
      description: "Used by integration tests.",
      ageMin: 6,
      ageMax: 18,
      durationMinutes: 90,
      tourLanguages: overrides.tourLanguages ?? ["en", "ur", "ru"],
      minGroupSize: overrides.minGroupSize ?? 2,
      maxGroupSize: overrides.maxGroupSize ?? 200,
      published: overrides.published ?? true,
    },
  });
}

export async function createSlot(exhibitionId: string, { daysAhead = 30, capacity = 60, status = "OPEN" as const } = {}) {
  // Distinct start seconds (within 12 hours) keep (exhibitionId, startsAt) unique when a test makes several slots.
  const startsAt = new Date(daysFromNow(daysAhead).getTime() + Math.floor(Math.random() * 43_200) * 1000);
  return db.visitSlot.create({
    data: { exhibitionId, startsAt, endsAt: new Date(startsAt.getTime() + 90 * 60_000), capacity, status },
  });
}

/** A valid booking request for a slot: grades 6–8 need one chaperone per ten students. */
export const groupFor = (slotId: string, students = 20, chaperones = 2) => ({
  slotId,
  schoolName: "Islamabad Model School",
  gradeBand: "GRADES_6_8",
  students,
  chaperones,
  tourLanguage: "en",
  specialNeeds: "",
  lunchRoom: "on",
});
