import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db/create-client";
import { test as base } from "./fixtures";

/**
 * A course of its own for a catalogue journey (seeded sections may change under other journeys:
 * someone joins or drops): published, B2 adults, with an open in-person section explained in Russian
 * (one meeting cancelled) and a full online one explained in Urdu. Texts in English and Urdu.
 */
async function createCatalogueCourse(db: Db) {
  const tag = randomUUID().slice(0, 8);
  const day = (offset: number) => {
    const d = new Date();
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + offset));
  };
  // Terms start on a Monday three weeks or so from now.
  const start = day(21 + ((8 - (day(21).getUTCDay() || 7)) % 7));
  const teacher = await db.user.findFirstOrThrow({ where: { roles: { some: { role: "TEACHER" } } }, select: { id: true, name: true } });
  const course = await db.course.create({
    data: {
      slug: `e2e-course-${tag}`,
      title: `E2E Russian Conversation ${tag}`,
      description: "Conversation practice for the catalogue journey.",
      translations: { ur: { title: `روسی بول چال ${tag}`, description: "کیٹلاگ کے سفر کے لیے بول چال کی مشق۔" } },
      level: "B2",
      audience: "ADULTS",
    },
  });
  const section = (code: string, data: { online: boolean; instructionLanguage: string; capacity: number; enrolledCount: number; weekday: number }) =>
    db.courseSection.create({
      data: {
        courseId: course.id,
        code,
        teacherId: teacher.id,
        online: data.online,
        instructionLanguage: data.instructionLanguage,
        termStart: start,
        termEnd: new Date(start.getTime() + (10 * 7 - 1) * 86_400_000),
        capacity: data.capacity,
        enrolledCount: data.enrolledCount,
        feePkr: 30000,
        enrollmentDeadline: new Date(start.getTime() - 3 * 86_400_000),
        meetings: { create: [{ weekday: data.weekday, startMinute: 18 * 60, endMinute: 19 * 60 + 30 }] },
      },
      include: { meetings: true },
    });
  const open = await section(`E2E-OPEN-${tag}`, { online: false, instructionLanguage: "ru", capacity: 10, enrolledCount: 3, weekday: 1 });
  const full = await section(`E2E-FULL-${tag}`, { online: true, instructionLanguage: "ur", capacity: 2, enrolledCount: 2, weekday: 3 });
  // The second Monday of the term does not take place.
  const cancelled = new Date(start.getTime() + 7 * 86_400_000);
  await db.meetingCancellation.create({ data: { meetingId: open.meetings[0].id, date: cancelled } });
  return { course, open, full, teacher, cancelled };
}

export const test = base.extend<{ catalogueCourse: () => ReturnType<typeof createCatalogueCourse> }>({
  catalogueCourse: async ({ db }, provide) => provide(() => createCatalogueCourse(db)),
});

export { expect } from "./fixtures";
