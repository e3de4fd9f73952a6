import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { notFound } from "@/lib/errors";
import { COURSE_PERMISSIONS } from "./policy";

/** One course, retired or not, with all its sections: what the staff editor shows. */
export async function getStaffCourse(db: Db, actor: Actor | null, courseId: string) {
  requirePermission(actor, COURSE_PERMISSIONS.manageCatalogue);
  const course = await db.course.findUnique({
    where: { id: courseId },
    include: {
      sections: {
        orderBy: [{ termStart: "asc" }, { code: "asc" }],
        include: { teacher: { select: { name: true } }, meetings: { orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] } },
      },
    },
  });
  if (!course) throw notFound();
  return course;
}
