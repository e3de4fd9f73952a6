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

describe("catalogue filters", () => {
  const slugs = async (input: Record<string, string>) => (await listCourses(db, "en", query({ size: "50", ...input }))).rows.map((c) => c.slug).sort();
  const codes = async (input: Record<string, string>) =>
    (await listCourses(db, "en", query({ size: "50", ...input }))).rows.flatMap((c) => c.sections.map((s) => s.code)).sort();

  it("filters courses by level and by audience", async () => {
    expect(await slugs({ level: "B2" })).toEqual(["torfl-2-exam-preparation-b2"]);
    expect(await slugs({ audience: "CHILDREN" })).toEqual(["russian-for-kids-a1"]);
    expect(await slugs({ level: "A1", audience: "ADULTS" })).toEqual(["adult-russian-a1-evening"]);
  });

  it("filters sections by weekday, time of day (Center time), format and language of instruction, listing only the sections that fit", async () => {
    expect(await codes({ weekday: "5" })).toEqual(["RUS-A1-A-03", "RUS-C1-LIT-01"]);
    // Morning is before 12:00: Saturday 09:30 and 11:30, Sunday 10:00.
    expect(await codes({ time: "morning" })).toEqual(["RUS-A1-K-01", "RUS-B2-TORFL-01", "RUS-B2-TORFL-02"]);
    expect(await codes({ format: "online", language: "ru" })).toEqual(["RUS-B2-TORFL-02", "RUS-C2-TR-01"]);
    expect(await codes({ language: "fa" })).toEqual(["RUS-A1-A-03"]);
  });

  it("needs one section to fit every section filter at once", async () => {
    // Saturday has an in-person kids' section and an online teens' one: only the online one fits both.
    expect(await codes({ weekday: "6", format: "online" })).toEqual(["RUS-A2-T-02"]);
    expect(await slugs({ weekday: "6", format: "online" })).toEqual(["teen-russian-a2"]);
    expect(await slugs({ weekday: "1", time: "morning" })).toEqual([]);
  });

  it("refuses a malformed filter (the page then shows everything with a notice), while a bad page size only falls back", () => {
    expect(CourseListQuerySchema.safeParse({ level: "Z9" }).success).toBe(false);
    expect(CourseListQuerySchema.safeParse({ weekday: "8" }).success).toBe(false);
    expect(CourseListQuerySchema.safeParse({ time: "night" }).success).toBe(false);
    expect(CourseListQuerySchema.parse({ level: "", size: "7" })).toMatchObject({ level: undefined, size: 10 });
  });

  it("seeds a full section whose waitlist is open: two places, both taken", async () => {
    await seedEnrollmentsForTest();
    const full = await db.courseSection.findUniqueOrThrow({ where: { code: "RUS-A1-A-03" } });
    expect(full).toMatchObject({ capacity: 2, enrolledCount: 2, online: false, instructionLanguage: "fa" });
    expect(await db.courseSection.count({ where: { online: true } })).toBeGreaterThan(0);
  });
});

/** The demo accounts' learners and enrollments, twice (idempotent). */
async function seedEnrollmentsForTest() {
  const { seedAccounts } = await import("@/prisma/seed-data/accounts");
  const { seedEnrollments } = await import("@/prisma/seed-data/registrations");
  const users = await seedAccounts(db, new Date());
  const sections = new Map((await db.courseSection.findMany({ select: { code: true, id: true } })).map((s) => [s.code, s.id]));
  await seedEnrollments(db, sections, users);
  await seedEnrollments(db, sections, users);
  const rooms = await seedRooms(db);
  const teacher = await db.user.findUniqueOrThrow({ where: { id: users.teacher } });
  // A re-seed after enrollments keeps every section's capacity at or above its places taken.
  await seedCourses(db, centerToday(), teacher.id, rooms);
}
