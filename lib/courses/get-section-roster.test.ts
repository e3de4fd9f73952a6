import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createActor, db } from "@/tests/support/factories";
import { getSectionRoster } from "./get-section-roster";
import { listTeachingSections } from "./list-teaching-sections";
import { createSection } from "./testing/factories";
import { createEnrollment, createRunningSection } from "./testing/teaching";

let teacher: Actor, otherTeacher: Actor, staff: Actor, member: Actor, parent: Actor;
let section: Awaited<ReturnType<typeof createRunningSection>>;
const year = new Date().getUTCFullYear();

beforeAll(async () => {
  [teacher, otherTeacher, staff, member] = await Promise.all([
    createActor(["TEACHER"], { name: "Olga Teacher" }),
    createActor(["TEACHER"]),
    createActor(["STAFF"]),
    createActor(["MEMBER"]),
  ]);
  parent = await createActor(["MEMBER"], { name: "Sana Parent" });
  await db.user.update({ where: { id: parent.id }, data: { phone: "+92 300 1234567" } });
  section = await createRunningSection(teacher.id, { capacity: 3 });
});

describe("a section's roster", () => {
  it("lists enrolled, offered and waitlisted learners, the waitlist in queue order with positions", async () => {
    const adult = await createEnrollment(section.id, { name: "Adult Learner", birthYear: year - 30 });
    const child = await createEnrollment(section.id, { name: "Child Learner", birthYear: year - 9, guardianIds: [parent.id] });
    const offered = await createEnrollment(section.id, { status: "OFFERED" });
    const firstWaiting = await createEnrollment(section.id, { status: "WAITLISTED" });
    const secondWaiting = await createEnrollment(section.id, { status: "WAITLISTED" });
    await createEnrollment(section.id, { status: "CANCELLED" });

    const { entries } = await getSectionRoster(db, teacher, section.id);
    expect(entries.map((e) => [e.enrollmentId, e.status, e.position])).toEqual([
      [adult.id, "ENROLLED", null],
      [child.id, "ENROLLED", null],
      [offered.id, "OFFERED", null],
      [firstWaiting.id, "WAITLISTED", 1],
      [secondWaiting.id, "WAITLISTED", 2],
    ]);
    const childEntry = entries.find((e) => e.enrollmentId === child.id)!;
    expect(childEntry.learner).toMatchObject({ name: "Child Learner", age: 9, child: true });
    expect(childEntry.guardians).toEqual([{ id: parent.id, name: "Sana Parent", email: parent.email, phone: "+92 300 1234567" }]);
    // An adult speaks for themself: no guardian contacts.
    expect(entries.find((e) => e.enrollmentId === adult.id)).toMatchObject({ guardians: [], paymentStatus: "UNPAID", learner: { age: 30 } });
    // Enrolled learners carry an attendance rate (nothing marked yet); others none.
    expect(childEntry.attendance).toEqual({ attended: 0, marked: 0, rate: null });
    expect(entries.find((e) => e.enrollmentId === firstWaiting.id)?.attendance).toBeNull();

    const waitlist = await getSectionRoster(db, teacher, section.id, { status: "WAITLISTED" });
    expect(waitlist.entries.map((e) => e.position)).toEqual([1, 2]);
  });

  it("is the teacher's and staff's only: another teacher gets 404, a member 403, nobody 401", async () => {
    expect((await getSectionRoster(db, staff, section.id)).section.id).toBe(section.id);
    await expect(getSectionRoster(db, otherTeacher, section.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getSectionRoster(db, teacher, "no-such-section")).rejects.toMatchObject({ code: "not_found" });
    await expect(getSectionRoster(db, member, section.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getSectionRoster(db, null, section.id)).rejects.toMatchObject({ code: "unauthenticated" });
  });

  it("refuses a malformed filter with 422", async () => {
    await expect(getSectionRoster(db, teacher, section.id, { status: "CANCELLED" })).rejects.toMatchObject({ code: "invalid" });
  });
});

describe("a teacher's sections", () => {
  it("lists only the teacher's own current sections with their next meeting; staff may pick a teacher", async () => {
    const upcoming = await createSection({ teacherId: teacher.id, termStartInDays: 7 });
    const ended = await createRunningSection(teacher.id, { termStartInDays: -100, termWeeks: 4 });
    const others = await createRunningSection(otherTeacher.id);

    const mine = await listTeachingSections(db, teacher, {});
    expect(mine.rows.map((s) => s.id).sort()).toEqual([section.id, upcoming.id].sort());
    expect(mine.rows.every((s) => s.nextMeeting !== null)).toBe(true);
    // Asking for another teacher's sections changes nothing for a teacher.
    expect((await listTeachingSections(db, teacher, { teacherId: otherTeacher.id })).rows.map((s) => s.id).sort()).toEqual(mine.rows.map((s) => s.id).sort());
    expect((await listTeachingSections(db, teacher, { when: "past" })).rows.map((s) => s.id)).toEqual([ended.id]);

    expect((await listTeachingSections(db, staff, { teacherId: otherTeacher.id })).rows.map((s) => s.id)).toEqual([others.id]);
    await expect(listTeachingSections(db, member, {})).rejects.toMatchObject({ code: "forbidden" });
  });
});
