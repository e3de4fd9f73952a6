import type { Prisma } from "@/lib/generated/prisma/client";

/** What every enrollment read returns: the learner, and the section with its course, teacher, room and weekly meetings. */
export const ENROLLMENT_WITH_SECTION = {
  learner: { select: { id: true, name: true, birthYear: true, userId: true, guardians: { select: { userId: true } } } },
  section: {
    select: {
      id: true,
      code: true,
      termStart: true,
      termEnd: true,
      online: true,
      instructionLanguage: true,
      capacity: true,
      enrolledCount: true,
      feePkr: true,
      enrollmentDeadline: true,
      offerHours: true,
      autoEnroll: true,
      retiredAt: true,
      course: { select: { id: true, slug: true, title: true, translations: true, level: true, audience: true, published: true, retiredAt: true } },
      teacher: { select: { id: true, name: true } },
      room: { select: { id: true, name: true, translations: true } },
      meetings: {
        orderBy: [{ weekday: "asc" }, { startMinute: "asc" }],
        select: { id: true, weekday: true, startMinute: true, endMinute: true, cancellations: { select: { date: true, reason: true }, orderBy: { date: "asc" } } },
      },
    },
  },
} satisfies Prisma.EnrollmentInclude;
