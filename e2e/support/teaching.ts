import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db/create-client";

/**
 * Records of the teaching journeys, written straight into the database the server reads: a section
 * whose term is running (it meets every day, so there is always a meeting today and before), and
 * enrolled learners.
 */
const DAY = 24 * 60 * 60 * 1000;
const dayStart = (daysFromToday: number) => {
  const d = new Date(Date.now() + 5 * 60 * 60 * 1000 + daysFromToday * DAY); // Center date (UTC+05:00)
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
};

/** A section of a seeded course taught by `teacherId`, started three weeks ago, meeting daily 08:00–09:00 Center time. */
export async function createRunningSection(db: Db, teacherId: string, { courseSlug = "adult-russian-a1-evening" } = {}) {
  const course = await db.course.findUniqueOrThrow({ where: { slug: courseSlug } });
  const section = await db.courseSection.create({
    data: {
      courseId: course.id,
      code: `E2E-${randomUUID().slice(0, 8).toUpperCase()}`,
      teacherId,
      online: true,
      termStart: dayStart(-21),
      termEnd: dayStart(49),
      capacity: 10,
      feePkr: 20000,
      enrollmentDeadline: new Date(Date.now() - 25 * DAY),
      meetings: { create: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: 8 * 60, endMinute: 9 * 60 })) },
    },
    include: { course: true },
  });
  return section;
}

/** An adult learner enrolled in the section (written directly; enrolling is another journey). */
export async function enrollLearner(db: Db, sectionId: string, enrolledById: string, name: string) {
  const learner = await db.learner.create({ data: { name, birthYear: new Date().getUTCFullYear() - 25 } });
  const enrollment = await db.enrollment.create({ data: { sectionId, learnerId: learner.id, enrolledById, status: "ENROLLED" } });
  await db.courseSection.update({ where: { id: sectionId }, data: { enrolledCount: { increment: 1 } } });
  return enrollment;
}

/** A mark on the meeting `daysAgo` days before today. */
export async function markAttended(db: Db, enrollmentId: string, daysAgo: number, status: "PRESENT" | "ABSENT" | "LATE" | "EXCUSED" = "PRESENT") {
  return db.attendance.create({ data: { enrollmentId, date: dayStart(-daysAgo), status } });
}
