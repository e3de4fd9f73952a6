import { beforeAll, describe, expect, it } from "vitest";
import { createActor, db } from "@/tests/support/factories";
import { seedRooms } from "@/prisma/seed-data/rooms";
import { COURSES, seedCourses } from "@/prisma/seed-data/courses";
import { centerToday } from "@/prisma/seed-data/util";
import { CourseListQuerySchema, listCourses } from "./list-courses";

const query = (input: Record<string, string> = {}) => CourseListQuerySchema.parse(input);

beforeAll(async () => {
  const teacher = await createActor(["TEACHER"]);
  const rooms = await seedRooms(db);
  // Twice: the seed is idempotent and rewrites translations in place.
  await seedCourses(db, centerToday(), teacher.id, rooms);
  await seedCourses(db, centerToday(), teacher.id, rooms);
});

describe("course catalogue", () => {
  it("stores every course's title and description in the four other languages", async () => {
    const stored = await db.course.findMany({ select: { slug: true, translations: true } });
    expect(stored).toHaveLength(COURSES.length);
    for (const course of stored) expect(course.translations).toEqual(COURSES.find((c) => c.slug === course.slug)?.translations);
  });

  it("orders by the title in the reader's language, and pages", async () => {
    const first = await listCourses(db, "zh", query({ size: "10" }));
    const titles = COURSES.map((c) => c.translations.zh.title).sort(new Intl.Collator("zh", { numeric: true, sensitivity: "base" }).compare);
    expect(first.rows.map((c) => (c.translations as { zh: { title: string } }).zh.title)).toEqual(titles);
    expect(first).toMatchObject({ total: COURSES.length, pageCount: 1 });
    // Sections come with their room, whose name is translated too.
    const inRoom = first.rows.flatMap((c) => c.sections).find((s) => s.room);
    expect(inRoom?.room?.translations).toHaveProperty("zh.name");
  });

  it("orders by CEFR level on request, lowest or highest first", async () => {
    const up = await listCourses(db, "en", query({ sort: "level" }));
    expect(up.rows[0].level).toBe("A1");
    const down = await listCourses(db, "en", query({ sort: "level", dir: "desc" }));
    expect(down.rows[0].level).toBe("C2");
  });
});
