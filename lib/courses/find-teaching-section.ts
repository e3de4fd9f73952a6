import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import type { Db, Tx } from "@/lib/db/create-client";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { COURSE_PERMISSIONS, mayReadRosters, mayTakeAttendance, rosterSectionsWhere } from "./policy";
import { OCCURRENCE_INCLUDE } from "./section-occurrences";

/** What the teaching pages and API show of a section: its course, room, teacher and dated meetings. */
export const TEACHING_SECTION_INCLUDE = {
  course: { select: { id: true, slug: true, title: true, translations: true, level: true, audience: true } },
  room: { select: { name: true, translations: true } },
  teacher: { select: { id: true, name: true } },
  ...OCCURRENCE_INCLUDE,
} satisfies Prisma.CourseSectionInclude;

/** Refuses at once someone who reads no rosters at all: 401 for nobody, 403 for a member. */
export function requireRosterReader(actor: Actor | null | undefined): asserts actor is Actor {
  if (mayReadRosters(actor)) return;
  requirePermission(actor, COURSE_PERMISSIONS.readOwnRoster);
}

/**
 * A section whose roster the actor may read (`rosterSectionsWhere`): a teacher's own, any for staff.
 * Any other section does not exist for them: 404, whether or not it exists.
 */
export async function findTeachingSection(db: Db | Tx, actor: Actor | null | undefined, sectionId: string) {
  requireRosterReader(actor);
  const section = await db.courseSection.findFirst({ where: { AND: [{ id: sectionId }, rosterSectionsWhere(actor)] }, include: TEACHING_SECTION_INCLUDE });
  if (!section) throw notFound();
  return section;
}
export type TeachingSection = Awaited<ReturnType<typeof findTeachingSection>>;

/** Refuses at once someone who takes attendance nowhere: 401 for nobody, 403 for a member. */
export function requireAttendanceTaker(actor: Actor | null | undefined): asserts actor is Actor {
  if (mayTakeAttendance(actor)) return;
  requirePermission(actor, COURSE_PERMISSIONS.markOwnAttendance);
}
