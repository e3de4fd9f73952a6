import type { Audience, CefrLevel } from "@/lib/generated/prisma/enums";
import { db, daysFromNow, uniq } from "@/tests/support/factories";

/** Test factories of the language-course area (generic ones, such as `createActor`, live in tests/support). */

export async function createCourse(overrides: Partial<{ level: CefrLevel; audience: Audience; published: boolean; title: string; translations: object }> = {}) {
  const slug = `test-course-${uniq()}`;
  return db.course.create({
    data: {
      slug,
      title: overrides.title ?? `Test course ${slug}`,
      description: "Used by integration tests.",
      translations: overrides.translations ?? {},
      level: overrides.level ?? "A1",
      audience: overrides.audience ?? "ADULTS",
      published: overrides.published ?? true,
    },
  });
}

export interface SectionOptions {
  courseId?: string;
  capacity?: number;
  teacherId?: string | null;
  roomId?: string | null;
  online?: boolean;
  instructionLanguage?: string;
  /** Days from now until the enrollment deadline (negative: passed). */
  deadlineInDays?: number;
  termStartInDays?: number;
  termWeeks?: number;
  offerHours?: number;
  autoEnroll?: boolean;
  feePkr?: number;
  /** Weekly meetings: ISO weekday (1 = Monday) and minutes after midnight, Center time. */
  meetings?: { weekday: number; startMinute: number; endMinute: number }[];
  audience?: Audience;
}

/** A section (of a new course unless `courseId` is given) meeting Monday and Wednesday 17:00–18:30 by default. */
export async function createSection(options: SectionOptions = {}) {
  const courseId = options.courseId ?? (await createCourse({ audience: options.audience })).id;
  const termStartInDays = options.termStartInDays ?? 14;
  const termStart = daysFromNow(termStartInDays);
  return db.courseSection.create({
    data: {
      courseId,
      code: `TEST-${uniq()}`,
      teacherId: options.teacherId ?? null,
      roomId: options.roomId ?? null,
      online: options.online ?? false,
      instructionLanguage: options.instructionLanguage ?? "en",
      termStart,
      termEnd: daysFromNow(termStartInDays + 7 * (options.termWeeks ?? 10)),
      capacity: options.capacity ?? 12,
      feePkr: options.feePkr ?? 15000,
      enrollmentDeadline: daysFromNow(options.deadlineInDays ?? 10),
      offerHours: options.offerHours ?? 48,
      autoEnroll: options.autoEnroll ?? false,
      meetings: {
        create: options.meetings ?? [
          { weekday: 1, startMinute: 17 * 60, endMinute: 18 * 60 + 30 },
          { weekday: 3, startMinute: 17 * 60, endMinute: 18 * 60 + 30 },
        ],
      },
    },
    include: { meetings: true, course: true },
  });
}

/** A learner looked after by `guardianIds` (a child), or the account holder themself when `selfOf` is given. */
export async function createLearner(options: { guardianIds?: string[]; selfOf?: string; birthYear?: number; name?: string } = {}) {
  const guardianIds = options.guardianIds ?? (options.selfOf ? [options.selfOf] : []);
  return db.learner.create({
    data: {
      name: options.name ?? `Learner ${uniq()}`,
      birthYear: options.birthYear ?? new Date().getUTCFullYear() - 30,
      userId: options.selfOf ?? null,
      guardians: { create: guardianIds.map((userId) => ({ userId })) },
    },
  });
}
