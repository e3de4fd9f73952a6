import { beforeAll, describe, expect, it } from "vitest";
import type { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { db, createActor, uniq } from "@/tests/support/factories";
import { createLearner, createSection } from "./testing/factories";
import { createCourse } from "./create-course";
import { updateCourse } from "./update-course";
import { retireCourse } from "./retire-course";
import { listStaffCourses } from "./list-staff-courses";
import { getStaffCourse } from "./get-staff-course";

const rejection = (promise: Promise<unknown>) => promise.then(() => { throw new Error("expected a refusal"); }, (e: DomainError) => e);

let staff: Actor;
let outsiders: [string, Actor | null][];
beforeAll(async () => {
  staff = await createActor(["STAFF"]);
  outsiders = [
    ["teacher", await createActor(["TEACHER"])],
    ["member", await createActor(["MEMBER"])],
    ["anonymous", null],
  ];
});

const courseInput = (overrides: Record<string, unknown> = {}) => ({
  slug: `russian-${uniq()}`,
  title: "Russian for beginners",
  description: "Letters, sounds, first words.",
  level: "A1",
  audience: "ADULTS",
  translations: { ru: { title: "Русский для начинающих", description: "Буквы, звуки, первые слова." }, ur: { title: "مبتدیوں کے لیے روسی", description: "" }, zh: {} },
  ...overrides,
});

describe("courses in the back office", () => {
  it("staff create a course, unpublished unless ticked; empty translations fall back to English; audited; a taken slug is a conflict", async () => {
    const created = await createCourse(db, staff, courseInput());
    expect(created).toMatchObject({ published: false, level: "A1", audience: "ADULTS", translations: { ru: { title: "Русский для начинающих" }, ur: { title: "مبتدیوں کے لیے روسی" } } });
    expect((created.translations as Record<string, unknown>).zh).toBeUndefined();
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: created.id } });
    expect(audit).toMatchObject({ action: "course.create", actorId: staff.id, entity: "Course" });
    expect(await createCourse(db, staff, courseInput({ published: "on" }))).toMatchObject({ published: true });
    await expect(rejection(createCourse(db, staff, courseInput({ slug: created.slug })))).resolves.toMatchObject({ code: "conflict", messageKey: "courseAdmin.errors.slugTaken" });
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const before = await db.course.count();
    const cases: [Record<string, unknown>, string][] = [
      [{ title: "" }, "title"],
      [{ title: "Bad\u0000title" }, "title"],
      [{ slug: "Not a slug" }, "slug"],
      [{ level: "D1" }, "level"],
      [{ audience: "PETS" }, "audience"],
      [{ translations: { ru: { title: "nul\u0000" } } }, "translations.ru.title"],
      [{ translations: { xx: { title: "?" } } }, "translations"],
    ];
    for (const [overrides, path] of cases) {
      const error = await rejection(createCourse(db, staff, courseInput(overrides)));
      expect(error.code).toBe("invalid");
      expect(error.issues.map((i) => i.path)).toContain(path);
    }
    expect(await db.course.count()).toBe(before);
  });

  it("staff edit texts, level, audience and publication; the audit row keeps before and after", async () => {
    const course = await createCourse(db, staff, courseInput());
    const updated = await updateCourse(db, staff, { ...courseInput({ slug: course.slug, level: "B1", audience: "TEENS", published: "on" }), courseId: course.id, translations: { fa: { title: "روسی", description: "آغاز" } } });
    expect(updated).toMatchObject({ level: "B1", audience: "TEENS", published: true, translations: { fa: { title: "روسی" } } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: course.id, action: "course.update" } });
    expect(audit.before).toMatchObject({ level: "A1", published: false });
    expect(audit.after).toMatchObject({ level: "B1", published: true });
    await expect(rejection(updateCourse(db, staff, { ...courseInput(), courseId: "nope" }))).resolves.toMatchObject({ code: "not_found" });
  });

  it("retiring a course unpublishes it, retires its open sections and tells the guardians of their learners; a retired course takes no edits", async () => {
    const course = await createCourse(db, staff, courseInput({ published: "on" }));
    const open = await createSection({ courseId: course.id });
    const alreadyRetired = await createSection({ courseId: course.id });
    await db.courseSection.update({ where: { id: alreadyRetired.id }, data: { retiredAt: new Date("2026-01-01T00:00:00Z") } });
    const parent = await createActor(["MEMBER"], { locale: "ru" });
    const child = await createLearner({ guardianIds: [parent.id], birthYear: new Date().getUTCFullYear() - 30, name: "Маша" });
    await db.enrollment.create({ data: { sectionId: open.id, learnerId: child.id, enrolledById: parent.id, status: "ENROLLED" } });
    await db.courseSection.update({ where: { id: open.id }, data: { enrolledCount: 1 } });

    const now = new Date();
    const { course: retired, sectionsRetired } = await retireCourse(db, staff, { courseId: course.id }, now);
    expect(retired).toMatchObject({ published: false, retiredAt: now });
    expect(sectionsRetired).toBe(1);
    expect(await db.courseSection.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({ retiredAt: now });
    expect((await db.courseSection.findUniqueOrThrow({ where: { id: alreadyRetired.id } })).retiredAt).toEqual(new Date("2026-01-01T00:00:00Z"));
    const notice = await db.outboxMessage.findFirstOrThrow({ where: { userId: parent.id } });
    expect(notice).toMatchObject({ template: "courseCatalogue.sectionRetired", locale: "ru", payload: { course: "Русский для начинающих", section: open.code, learner: "Маша" } });
    expect(await db.auditLog.count({ where: { action: { in: ["course.retire", "courseSection.retire"] }, entityId: { in: [course.id, open.id] } } })).toBe(2);
    // The enrollment stays as history.
    expect(await db.enrollment.count({ where: { sectionId: open.id, status: "ENROLLED" } })).toBe(1);

    await expect(rejection(retireCourse(db, staff, { courseId: course.id }))).resolves.toMatchObject({ code: "conflict", messageKey: "courseAdmin.errors.retired" });
    await expect(rejection(updateCourse(db, staff, { ...courseInput({ slug: course.slug }), courseId: course.id }))).resolves.toMatchObject({ code: "conflict" });
  });

  it("lists courses a page at a time with search, filters and the languages each is complete in; retired ones only when asked", async () => {
    const tag = uniq();
    const full = await createCourse(db, staff, courseInput({
      title: `Findme ${tag} full`,
      level: "C2",
      translations: Object.fromEntries(["ru", "ur", "zh", "fa"].map((l) => [l, { title: `T ${l}`, description: `D ${l}` }])),
    }));
    const partial = await createCourse(db, staff, courseInput({ title: `Findme ${tag} partial`, level: "C2" }));
    const gone = await createCourse(db, staff, courseInput({ title: `Findme ${tag} retired`, level: "C2" }));
    await retireCourse(db, staff, { courseId: gone.id });

    const page = await listStaffCourses(db, staff, { q: `findme ${tag}`, level: "C2" });
    expect(page.rows.map((r) => r.id)).toEqual([full.id, partial.id]);
    expect(page.rows[0].languages).toEqual({ en: true, ru: true, ur: true, zh: true, fa: true });
    expect(page.rows[1].languages).toEqual({ en: true, ru: true, ur: false, zh: false, fa: false });
    expect((await listStaffCourses(db, staff, { q: tag, retired: "retired" })).rows.map((r) => r.id)).toEqual([gone.id]);
    expect((await listStaffCourses(db, staff, { q: tag, retired: "all" })).total).toBe(3);
    expect((await listStaffCourses(db, staff, { q: tag, audience: "CHILDREN" })).total).toBe(0);
    // Bad filter values fall back rather than failing the page.
    expect((await listStaffCourses(db, staff, { q: tag, level: "Z9", page: "-3" })).total).toBe(2);
    expect((await getStaffCourse(db, staff, full.id)).id).toBe(full.id);
  });

  it.each([0, 1, 2])("refuses every catalogue change and read to people without the permission (%#)", async (index) => {
    const [, actor] = outsiders[index];
    const course = await createCourse(db, staff, courseInput());
    for (const attempt of [
      createCourse(db, actor, courseInput()),
      updateCourse(db, actor, { ...courseInput(), courseId: course.id }),
      retireCourse(db, actor, { courseId: course.id }),
      listStaffCourses(db, actor, {}),
      getStaffCourse(db, actor, course.id),
    ]) {
      expect((await rejection(attempt)).code).toBe(actor ? "forbidden" : "unauthenticated");
    }
    expect(await db.course.findUniqueOrThrow({ where: { id: course.id } })).toMatchObject({ retiredAt: null });
  });
});
