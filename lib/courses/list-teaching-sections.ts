import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/authorize";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findPage } from "@/lib/paging";
import { centerDayStart } from "@/lib/time/center-time";
import { parseInput } from "@/lib/validation";
import { requireRosterReader, TEACHING_SECTION_INCLUDE } from "./find-teaching-section";
import { COURSE_PERMISSIONS, rosterSectionsWhere } from "./policy";
import { nextOccurrence } from "./section-occurrences";
import { TeachingSectionsQuerySchema } from "./teaching-schemas";

/**
 * A teacher's sections, a page at a time: by default those whose term has not ended (`when=past`:
 * the ended ones, latest first makes sense with `dir=desc`), each with its next meeting. A teacher
 * sees only their own; staff see every teacher's, or one teacher's with `teacherId`. Retired
 * sections are left out.
 */
export async function listTeachingSections(db: Db, actor: Actor | null, input: unknown, now = new Date()) {
  requireRosterReader(actor);
  const query = parseInput(TeachingSectionsQuerySchema, input);
  const today = centerDayStart(now);
  const where: Prisma.CourseSectionWhereInput = {
    AND: [
      rosterSectionsWhere(actor),
      // A teacher's list is their own whatever they ask; staff may narrow it to one teacher.
      can(actor, COURSE_PERMISSIONS.readAnyRoster) && query.teacherId ? { teacherId: query.teacherId } : {},
      { retiredAt: null, course: { retiredAt: null } },
      query.when === "past" ? { termEnd: { lt: today } } : { termEnd: { gte: today } },
    ],
  };
  const page = await findPage(
    query,
    (window) =>
      db.courseSection.findMany({
        where,
        include: TEACHING_SECTION_INCLUDE,
        orderBy: [{ [query.sort]: query.dir }, { id: "asc" }],
        ...window,
      }),
    () => db.courseSection.count({ where }),
  );
  return { ...page, rows: page.rows.map((section) => ({ ...section, nextMeeting: nextOccurrence(section, now) })) };
}
export type TeachingSectionRow = Awaited<ReturnType<typeof listTeachingSections>>["rows"][number];
