import type { Actor } from "@/lib/auth/actor";
import type { Era } from "@/lib/generated/prisma/enums";
import { db, daysFromNow, uniq } from "@/tests/support/factories";
import { schoolIdsOf } from "../policy";

/** Test factories of the field-trip area (generic ones, such as `createActor`, live in tests/support). */

export async function createExhibition(overrides: Partial<{ era: Era; minGroupSize: number; maxGroupSize: number; tourLanguages: string[]; published: boolean; title: string; translations: object }> = {}) {
  const slug = `test-exhibition-${uniq()}`;
  return db.exhibition.create({
    data: {
      slug,
      era: overrides.era ?? "SOVIET",
      title: overrides.title ?? `Test exhibition ${slug}`,
      translations: overrides.translations ?? {},
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

/** Slots made by this process start a second apart: (exhibition, start) never repeats, whatever the order of calls. */
let slotSequence = 0;

export async function createSlot(exhibitionId: string, { daysAhead = 30, capacity = 60, status = "OPEN" as "OPEN" | "CLOSED" } = {}) {
  const startsAt = new Date(daysFromNow(daysAhead).getTime() + ++slotSequence * 1000);
  return db.visitSlot.create({
    data: { exhibitionId, startsAt, endsAt: new Date(startsAt.getTime() + 90 * 60_000), capacity, status },
  });
}

/** A valid booking request for a slot: grades 6–8 need one chaperone per ten students. */
export const groupFor = (slotId: string, students = 20, chaperones = 2) => ({
  slotId,
  gradeBand: "GRADES_6_8",
  students,
  chaperones,
  tourLanguage: "en",
  specialNeeds: "",
  lunchRoom: "on",
});

/** The (first) verified school of a coordinator made by `createActor(["SCHOOL_COORDINATOR"])`. */
export function schoolOf(coordinator: Actor): string {
  const [school] = schoolIdsOf(coordinator);
  if (!school) throw new Error("this actor has no verified school");
  return school;
}
