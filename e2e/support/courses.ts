import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db/create-client";
import type { Audience, CefrLevel, EnrollmentStatus } from "../../lib/generated/prisma/enums";
import { test as base, type TestPerson } from "./fixtures";

/**
 * Course fixtures: each journey makes its own course, section, learners and enrollments in the
 * database the server under test reads, instead of leaning on the demo data.
 */
const DAY = 24 * 60 * 60 * 1000;
const unique = () => randomUUID().slice(0, 8);
/** 00:00 UTC of the day `days` from now: the shape of a `@db.Date` column. */
const dayFromNow = (days: number) => new Date(`${new Date(Date.now() + days * DAY).toISOString().slice(0, 10)}T00:00:00Z`);

export interface SectionFixtureOptions {
  level?: CefrLevel;
  audience?: Audience;
  capacity?: number;
  /** Weekly meetings: ISO weekday (1 = Monday) and minutes after midnight, Center time. */
  meetings?: { weekday: number; startMinute: number; endMinute: number }[];
  termStartInDays?: number;
  termWeeks?: number;
  deadlineInDays?: number;
  feePkr?: number;
  teacherId?: string;
  /** Titles per locale (English is the record's own title). */
  titles?: Partial<Record<"ru" | "ur" | "zh" | "fa", string>>;
}

async function createCourseSection(db: Db, options: SectionFixtureOptions = {}) {
  const tag = unique();
  const termStartInDays = options.termStartInDays ?? 14;
  const course = await db.course.create({
    data: {
      slug: `e2e-course-${tag}`,
      title: `E2E Russian ${tag}`,
      description: "A course made by an end-to-end test.",
      translations: Object.fromEntries(Object.entries(options.titles ?? {}).map(([locale, title]) => [locale, { title }])),
      level: options.level ?? "A1",
      audience: options.audience ?? "ADULTS",
    },
  });
  const section = await db.courseSection.create({
    data: {
      courseId: course.id,
      code: `E2E-${tag.toUpperCase()}`,
      teacherId: options.teacherId ?? null,
      online: true,
      instructionLanguage: "en",
      termStart: dayFromNow(termStartInDays),
      termEnd: dayFromNow(termStartInDays + 7 * (options.termWeeks ?? 8) - 1),
      capacity: options.capacity ?? 10,
      feePkr: options.feePkr ?? 18000,
      enrollmentDeadline: new Date(Date.now() + (options.deadlineInDays ?? 10) * DAY),
      meetings: {
        create: options.meetings ?? [
          { weekday: 2, startMinute: 16 * 60, endMinute: 17 * 60 + 30 },
          { weekday: 4, startMinute: 16 * 60, endMinute: 17 * 60 + 30 },
        ],
      },
    },
    include: { meetings: true },
  });
  return { ...section, course };
}

/** A learner looked after by `guardian` (a child), or `guardian` themself when `self` is set. */
async function createLearnerOf(db: Db, guardian: TestPerson, { self = false, birthYear, name }: { self?: boolean; birthYear?: number; name?: string } = {}) {
  return db.learner.create({
    data: {
      name: name ?? (self ? guardian.name : `Child ${unique()}`),
      birthYear: birthYear ?? new Date().getUTCFullYear() - (self ? 30 : 9),
      userId: self ? guardian.id : null,
      guardians: { create: [{ userId: guardian.id }] },
    },
  });
}

/** An enrollment written directly, keeping the section's place counter equal to the places held. */
async function createEnrollment(db: Db, learnerId: string, sectionId: string, enrolledById: string, status: EnrollmentStatus = "ENROLLED") {
  return db.$transaction(async (tx) => {
    if (status === "ENROLLED" || status === "OFFERED") await tx.courseSection.update({ where: { id: sectionId }, data: { enrolledCount: { increment: 1 } } });
    return tx.enrollment.create({
      data: { learnerId, sectionId, enrolledById, status, offerExpiresAt: status === "OFFERED" ? new Date(Date.now() + 2 * DAY) : null },
    });
  });
}

interface CourseFixtures {
  courseSection: (options?: SectionFixtureOptions) => ReturnType<typeof createCourseSection>;
  learnerOf: (guardian: TestPerson, options?: Parameters<typeof createLearnerOf>[2]) => ReturnType<typeof createLearnerOf>;
  enrollment: (learnerId: string, sectionId: string, enrolledById: string, status?: EnrollmentStatus) => ReturnType<typeof createEnrollment>;
}

export const test = base.extend<CourseFixtures>({
  courseSection: async ({ db }, provide) => provide((options) => createCourseSection(db, options)),
  learnerOf: async ({ db }, provide) => provide((guardian, options) => createLearnerOf(db, guardian, options)),
  enrollment: async ({ db }, provide) => provide((learnerId, sectionId, enrolledById, status) => createEnrollment(db, learnerId, sectionId, enrolledById, status)),
});

export { expect, signedInPage, signIn } from "./fixtures";
