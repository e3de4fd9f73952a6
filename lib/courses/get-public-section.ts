import "server-only";
import type { Db } from "@/lib/db/create-client";
import { notFound } from "@/lib/errors";
import { PUBLIC_SECTION_INCLUDE, withAvailability } from "./get-course";

/**
 * One section as the public sees it (API, calendar file): not retired, of a published course that is
 * not retired, with its course, meetings and their cancelled dates. 404 otherwise.
 */
export async function getPublicSection(db: Db, id: string, now = new Date()) {
  const section = await db.courseSection.findUnique({
    where: { id },
    include: {
      ...PUBLIC_SECTION_INCLUDE,
      course: true,
      meetings: { orderBy: [{ weekday: "asc" }, { startMinute: "asc" }], include: { cancellations: { orderBy: { date: "asc" }, select: { date: true } } } },
    },
  });
  if (!section || section.retiredAt || !section.course.published || section.course.retiredAt) throw notFound("courses.errors.sectionNotFound");
  return withAvailability(section, section.course, now);
}

export type PublicSectionDetail = Awaited<ReturnType<typeof getPublicSection>>;
