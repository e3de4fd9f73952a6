import { describe, expect, it } from "vitest";
import { createActor, daysFromNow, db } from "@/tests/support/factories";
import { createCourse, createSection } from "./testing/factories";
import { CourseListQuerySchema, listCourses } from "./list-courses";
import { getCourse } from "./get-course";
import { getPublicSection } from "./get-public-section";

describe("course page", () => {
  it("shows a published course's sections that are not retired, each with its state now and places left", async () => {
    const teacher = await createActor(["TEACHER"], { name: "Elena Morozova" });
    const course = await createCourse({ level: "B1" });
    const open = await createSection({ courseId: course.id, capacity: 10, teacherId: teacher.id, termStartInDays: 20 });
    const full = await createSection({ courseId: course.id, capacity: 3, termStartInDays: 21 });
    await db.courseSection.update({ where: { id: full.id }, data: { enrolledCount: 3 } });
    const closed = await createSection({ courseId: course.id, deadlineInDays: -1, termStartInDays: 22 });
    const retired = await createSection({ courseId: course.id });
    await db.courseSection.update({ where: { id: retired.id }, data: { retiredAt: new Date() } });

    const page = await getCourse(db, course.slug);
    expect(page.sections.map((s) => [s.id, s.state, s.placesLeft])).toEqual([
      [open.id, "open", 10],
      [full.id, "full", 0],
      [closed.id, "closed", 12],
    ]);
    expect(page.sections[0].teacher?.name).toBe("Elena Morozova");
    expect(page.sections[0].meetings.map((m) => m.weekday)).toEqual([1, 3]);
  });

  it("is not found when unpublished, retired or missing", async () => {
    const hidden = await createCourse({ published: false });
    const retired = await createCourse();
    await db.course.update({ where: { id: retired.id }, data: { retiredAt: new Date() } });
    for (const slug of [hidden.slug, retired.slug, "no-such-course"]) await expect(getCourse(db, slug)).rejects.toMatchObject({ code: "not_found" });
  });

  it("shows a section of a public course with its cancelled meetings, and nothing else", async () => {
    const section = await createSection();
    const monday = section.meetings.find((m) => m.weekday === 1)!;
    await db.meetingCancellation.create({ data: { meetingId: monday.id, date: new Date("2030-01-07T00:00:00Z") } });
    const found = await getPublicSection(db, section.id);
    expect(found.meetings.find((m) => m.id === monday.id)?.cancellations).toEqual([{ date: new Date("2030-01-07T00:00:00Z") }]);

    const hidden = await createSection({ courseId: (await createCourse({ published: false })).id });
    const retired = await createSection();
    await db.courseSection.update({ where: { id: retired.id }, data: { retiredAt: new Date() } });
    for (const id of [hidden.id, retired.id, "nope"]) await expect(getPublicSection(db, id)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("catalogue: what is listed", () => {
  it("leaves out unpublished and retired courses and retired sections, and filters by whether enrollment is still open", async () => {
    const listed = await createCourse({ level: "C2", audience: "TEENS" });
    const taking = await createSection({ courseId: listed.id, deadlineInDays: 5 });
    const past = await createSection({ courseId: listed.id, deadlineInDays: -2 });
    const gone = await createSection({ courseId: listed.id });
    await db.courseSection.update({ where: { id: gone.id }, data: { retiredAt: daysFromNow(-1) } });
    const unpublished = await createCourse({ level: "C2", audience: "TEENS", published: false });
    await createSection({ courseId: unpublished.id });
    const retired = await createCourse({ level: "C2", audience: "TEENS" });
    await db.course.update({ where: { id: retired.id }, data: { retiredAt: new Date() } });

    const list = (input: Record<string, string>) => listCourses(db, "en", CourseListQuerySchema.parse({ level: "C2", audience: "TEENS", ...input }));
    const all = await list({});
    expect(all.rows.map((c) => c.id)).toEqual([listed.id]);
    expect(all.rows[0].sections.map((s) => s.id).sort()).toEqual([taking.id, past.id].sort());
    expect((await list({ open: "true" })).rows[0].sections.map((s) => s.id)).toEqual([taking.id]);
    expect((await list({ open: "false" })).rows[0].sections.map((s) => s.id)).toEqual([past.id]);
  });
});
