import "server-only";
import type { Db } from "@/lib/db/create-client";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { placesLeft, sectionState } from "./policy";

/** What the public sees of a section: its teacher's name only, its room's translated name, its weekly meetings. */
export const PUBLIC_SECTION_INCLUDE = {
  teacher: { select: { name: true } },
  room: { select: { name: true, translations: true } },
  meetings: { orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] },
} satisfies Prisma.CourseSectionInclude;

/** A section as people choosing one see it: its state now (open / full with waitlist / closed) and places left. */
export function withAvailability<S extends { capacity: number; enrolledCount: number; enrollmentDeadline: Date; retiredAt: Date | null }>(
  section: S,
  course: { published: boolean; retiredAt: Date | null },
  now: Date,
) {
  return { ...section, state: sectionState({ ...section, course }, now), placesLeft: placesLeft(section) };
}

/**
 * A course page: the published, not retired course by slug, with its sections that are not retired
 * (soonest term first), each with its state now. 404 when missing, unpublished or retired.
 */
export async function getCourse(db: Db, slug: string, now = new Date()) {
  const course = await db.course.findUnique({
    where: { slug },
    include: { sections: { where: { retiredAt: null }, orderBy: [{ termStart: "asc" }, { code: "asc" }], include: PUBLIC_SECTION_INCLUDE } },
  });
  if (!course || !course.published || course.retiredAt) throw notFound("courses.errors.courseNotFound");
  const { sections, ...rest } = course;
  return { ...rest, sections: sections.map((section) => withAvailability(section, course, now)) };
}

export type PublicCourse = Awaited<ReturnType<typeof getCourse>>;
export type PublicSection = PublicCourse["sections"][number];
