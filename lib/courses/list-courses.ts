import type { Db } from "@/lib/db/create-client";

/** Published courses with their sections and weekly meetings (public catalogue). */
export function listCourses(db: Db) {
  return db.course.findMany({
    where: { published: true },
    orderBy: [{ audience: "asc" }, { level: "asc" }, { title: "asc" }],
    include: { sections: { orderBy: { termStart: "asc" }, include: { meetings: { orderBy: { weekday: "asc" } }, room: { select: { name: true } } } } },
  });
}
