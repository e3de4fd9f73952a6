import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { notFound } from "@/lib/errors";
import { COURSE_PERMISSIONS } from "./policy";

/** One section with its course, meetings and their cancelled occurrences: what the section editor shows. */
export async function getStaffSection(db: Db, actor: Actor | null, sectionId: string) {
  requirePermission(actor, COURSE_PERMISSIONS.manageCatalogue);
  const section = await db.courseSection.findUnique({
    where: { id: sectionId },
    include: {
      course: true,
      teacher: { select: { id: true, name: true } },
      room: { select: { id: true, name: true, translations: true } },
      meetings: { orderBy: [{ weekday: "asc" }, { startMinute: "asc" }], include: { cancellations: { orderBy: { date: "asc" } } } },
    },
  });
  if (!section) throw notFound();
  return section;
}

/** The teachers and rooms a section may be given: the choices of the section form. */
export async function listSectionChoices(db: Db, actor: Actor | null) {
  requirePermission(actor, COURSE_PERMISSIONS.manageCatalogue);
  const [teachers, rooms] = await Promise.all([
    db.user.findMany({ where: { roles: { some: { role: "TEACHER" } } }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
    db.room.findMany({ where: { active: true }, select: { id: true, name: true, translations: true }, orderBy: { name: "asc" } }),
  ]);
  return { teachers, rooms };
}
