import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db/create-client";
import type { EnrollmentStatus } from "../../lib/generated/prisma/enums";

const DAY = 24 * 60 * 60 * 1000;

/**
 * A course section of the test's own with learners already on its roster, written straight to the
 * database the server reads (as e2e/support/fixtures.ts does for slots): `people` in queue order,
 * each a child of `guardianId`, in a new course unless `courseId` names one. Places held count in
 * `enrolledCount`, as the engine keeps it.
 */
export async function createRosterSection(
  db: Db,
  { capacity, guardianId, people, courseId }: { capacity: number; guardianId: string; people: { name: string; status: EnrollmentStatus }[]; courseId?: string },
) {
  const tag = randomUUID().slice(0, 8);
  const course = courseId
    ? { connect: { id: courseId } }
    : { create: { slug: `e2e-roster-${tag}`, title: `E2E roster course ${tag}`, description: "Made by an end-to-end test.", level: "A1" as const, audience: "ADULTS" as const } };
  const held = people.filter((p) => p.status === "ENROLLED" || p.status === "OFFERED").length;
  const section = await db.courseSection.create({
    data: {
      code: `E2E-${tag}`,
      course,
      termStart: new Date(Date.now() + 14 * DAY),
      termEnd: new Date(Date.now() + 84 * DAY),
      capacity,
      enrolledCount: held,
      feePkr: 15000,
      enrollmentDeadline: new Date(Date.now() + 10 * DAY),
      meetings: { create: [{ weekday: 2, startMinute: 17 * 60, endMinute: 18 * 60 + 30 }] },
    },
  });
  for (const person of people) {
    const learner = await db.learner.create({ data: { name: person.name, birthYear: new Date().getUTCFullYear() - 30, guardians: { create: { userId: guardianId } } } });
    await db.enrollment.create({
      data: {
        sectionId: section.id,
        learnerId: learner.id,
        enrolledById: guardianId,
        status: person.status,
        offerExpiresAt: person.status === "OFFERED" ? new Date(Date.now() + 2 * DAY) : null,
      },
    });
  }
  return section;
}
