import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createActor, daysFromNow, db } from "@/tests/support/factories";
import { createLearner, createSection } from "./testing/factories";
import { bornAgo, rejection, sectionFigures } from "./testing/engine";
import { enrollLearner } from "./enroll-learner";
import { findScheduleClashes } from "./find-schedule-clashes";
import { getEnrollment } from "./get-enrollment";
import { listOwnEnrollments } from "./list-own-enrollments";

let parent: Actor;
let staff: Actor;
beforeAll(async () => {
  parent = await createActor(["MEMBER"]);
  staff = await createActor(["STAFF"]);
});

describe("enrollLearner", () => {
  it("gives a free place, then puts the next learners on the waitlist in order, with audit rows and notices", async () => {
    const section = await createSection({ capacity: 1 });
    const [first, second, third] = await Promise.all([1, 2, 3].map(() => createLearner({ guardianIds: [parent.id] })));
    const a = await enrollLearner(db, parent, { sectionId: section.id, learnerId: first.id });
    const b = await enrollLearner(db, parent, { sectionId: section.id, learnerId: second.id });
    const c = await enrollLearner(db, parent, { sectionId: section.id, learnerId: third.id });
    expect(a).toMatchObject({ outcome: "enrolled", position: null, enrollment: { status: "ENROLLED", enrolledById: parent.id } });
    expect(b).toMatchObject({ outcome: "waitlisted", position: 1 });
    expect(c).toMatchObject({ outcome: "waitlisted", position: 2 });
    expect(await sectionFigures(section.id)).toMatchObject({ enrolledCount: 1, enrolled: 1, waitlisted: 2 });
    expect(await db.auditLog.count({ where: { entityId: a.enrollment.id, action: "enrollment.enroll" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: b.enrollment.id, action: "enrollment.waitlist" } })).toBe(1);
    const notice = await db.outboxMessage.findFirstOrThrow({ where: { userId: parent.id, template: "course.waitlisted", payload: { path: ["learner"], equals: third.name } } });
    expect(notice.payload).toMatchObject({ position: 2, section: section.code });
  });

  it("refuses a learner whose age is outside the course's audience", async () => {
    const children = await createSection({ audience: "CHILDREN" });
    const adults = await createSection({ audience: "ADULTS" });
    const child = await createLearner({ guardianIds: [parent.id], birthYear: bornAgo(8) });
    const toddler = await createLearner({ guardianIds: [parent.id], birthYear: bornAgo(4) });
    await expect(rejection(enrollLearner(db, parent, { sectionId: adults.id, learnerId: child.id }))).resolves.toMatchObject({ code: "invalid", messageKey: "errors.courses.learnerTooYoung", params: { age: 8, min: 18 } });
    await expect(rejection(enrollLearner(db, parent, { sectionId: children.id, learnerId: toddler.id }))).resolves.toMatchObject({ messageKey: "errors.courses.learnerTooYoung" });
    const grownUp = await createLearner({ guardianIds: [parent.id], birthYear: bornAgo(30) });
    await expect(rejection(enrollLearner(db, parent, { sectionId: children.id, learnerId: grownUp.id }))).resolves.toMatchObject({ messageKey: "errors.courses.learnerTooOld", params: { age: 30, max: 12 } });
    await expect(enrollLearner(db, parent, { sectionId: children.id, learnerId: child.id })).resolves.toMatchObject({ outcome: "enrolled" });
  });

  it("holds the enrollment deadline for learners; staff may still enroll on someone's behalf", async () => {
    const section = await createSection({ deadlineInDays: 1 });
    const learner = await createLearner({ guardianIds: [parent.id] });
    const later = daysFromNow(2);
    await expect(rejection(enrollLearner(db, parent, { sectionId: section.id, learnerId: learner.id }, later))).resolves.toMatchObject({ code: "conflict", messageKey: "errors.courses.deadlinePassed" });
    await expect(enrollLearner(db, staff, { sectionId: section.id, learnerId: learner.id }, later)).resolves.toMatchObject({ outcome: "enrolled", enrollment: { enrolledById: staff.id } });
  });

  it("refuses a retired section or course, and an unpublished course is not found", async () => {
    const learner = await createLearner({ guardianIds: [parent.id] });
    const retired = await createSection();
    await db.courseSection.update({ where: { id: retired.id }, data: { retiredAt: new Date() } });
    const hidden = await createSection();
    await db.course.update({ where: { id: hidden.courseId }, data: { published: false } });
    await expect(rejection(enrollLearner(db, parent, { sectionId: retired.id, learnerId: learner.id }))).resolves.toMatchObject({ code: "conflict", messageKey: "errors.courses.sectionClosed" });
    await expect(rejection(enrollLearner(db, parent, { sectionId: hidden.id, learnerId: learner.id }))).resolves.toMatchObject({ code: "not_found" });
    await expect(rejection(enrollLearner(db, parent, { sectionId: "no-such-section", learnerId: learner.id }))).resolves.toMatchObject({ code: "not_found" });
  });

  it("allows one active enrollment per learner and section, and the database index guards it too", async () => {
    const section = await createSection({ capacity: 1 });
    const learner = await createLearner({ guardianIds: [parent.id] });
    const waiting = await createLearner({ guardianIds: [parent.id] });
    await enrollLearner(db, parent, { sectionId: section.id, learnerId: learner.id });
    await enrollLearner(db, parent, { sectionId: section.id, learnerId: waiting.id });
    await expect(rejection(enrollLearner(db, parent, { sectionId: section.id, learnerId: learner.id }))).resolves.toMatchObject({ code: "conflict", messageKey: "errors.courses.alreadyEnrolled" });
    await expect(rejection(enrollLearner(db, parent, { sectionId: section.id, learnerId: waiting.id }))).resolves.toMatchObject({ code: "conflict", messageKey: "errors.courses.alreadyWaitlisted" });
    // Past the service: the partial unique index refuses a second active row.
    await expect(db.enrollment.create({ data: { sectionId: section.id, learnerId: learner.id, enrolledById: parent.id, status: "WAITLISTED" } })).rejects.toThrow();
    // A cancelled row does not count.
    await expect(db.enrollment.create({ data: { sectionId: section.id, learnerId: learner.id, enrolledById: parent.id, status: "CANCELLED" } })).resolves.toBeTruthy();
  });

  it("warns about meetings that clash with the learner's other sections, and enrolls once acknowledged", async () => {
    const learner = await createLearner({ guardianIds: [parent.id] });
    const monday = await createSection({ meetings: [{ weekday: 1, startMinute: 17 * 60, endMinute: 18 * 60 + 30 }] });
    const overlapping = await createSection({ meetings: [{ weekday: 1, startMinute: 18 * 60, endMinute: 19 * 60 }, { weekday: 5, startMinute: 600, endMinute: 660 }] });
    const adjacent = await createSection({ meetings: [{ weekday: 1, startMinute: 18 * 60 + 30, endMinute: 20 * 60 }] });
    const laterTerm = await createSection({ termStartInDays: 200, meetings: [{ weekday: 1, startMinute: 17 * 60, endMinute: 18 * 60 }] });
    await enrollLearner(db, parent, { sectionId: monday.id, learnerId: learner.id });

    const clashes = await findScheduleClashes(db, { learnerId: learner.id, sectionId: overlapping.id });
    expect(clashes).toHaveLength(1);
    expect(clashes[0]).toMatchObject({ section: { id: monday.id, code: monday.code }, meetings: [{ meeting: { weekday: 1, startMinute: 18 * 60 }, clashesWith: { weekday: 1, startMinute: 17 * 60 } }] });
    expect(await findScheduleClashes(db, { learnerId: learner.id, sectionId: adjacent.id })).toEqual([]);
    expect(await findScheduleClashes(db, { learnerId: learner.id, sectionId: laterTerm.id })).toEqual([]);

    const refused = await rejection(enrollLearner(db, parent, { sectionId: overlapping.id, learnerId: learner.id }));
    expect(refused).toMatchObject({ code: "conflict", messageKey: "errors.courses.scheduleClash", params: { sections: monday.code } });
    expect(await db.enrollment.count({ where: { sectionId: overlapping.id } })).toBe(0);
    // Back to back is no clash.
    await expect(enrollLearner(db, parent, { sectionId: adjacent.id, learnerId: learner.id })).resolves.toMatchObject({ outcome: "enrolled" });
    await expect(enrollLearner(db, parent, { sectionId: overlapping.id, learnerId: learner.id, acknowledgeClash: true })).resolves.toMatchObject({ outcome: "enrolled" });
    const acknowledged = await db.auditLog.findFirstOrThrow({ where: { action: "enrollment.enroll", after: { path: ["sectionId"], equals: overlapping.id } } });
    expect(acknowledged.after).toMatchObject({ acknowledgeClash: true });
  });

  it("enrolls only learners the actor looks after: anyone else's learner is not found", async () => {
    const section = await createSection();
    const child = await createLearner({ guardianIds: [parent.id] });
    const stranger = await createActor(["MEMBER"]);
    const teacher = await createActor(["TEACHER"]);
    await expect(rejection(enrollLearner(db, stranger, { sectionId: section.id, learnerId: child.id }))).resolves.toMatchObject({ code: "not_found" });
    await expect(rejection(enrollLearner(db, teacher, { sectionId: section.id, learnerId: child.id }))).resolves.toMatchObject({ code: "forbidden" });
    await expect(rejection(enrollLearner(db, null, { sectionId: section.id, learnerId: child.id }))).resolves.toMatchObject({ code: "unauthenticated" });
    const { enrollment } = await enrollLearner(db, parent, { sectionId: section.id, learnerId: child.id });
    await expect(rejection(getEnrollment(db, stranger, enrollment.id))).resolves.toMatchObject({ code: "not_found" });
    expect((await listOwnEnrollments(db, stranger)).total).toBe(0);
  });

  it("validates input: every bad field is named, nothing is written", async () => {
    const refused = await rejection(enrollLearner(db, parent, { sectionId: "", learnerId: 42, acknowledgeClash: "maybe" }));
    expect(refused).toMatchObject({ code: "invalid" });
    expect(refused.issues.map((i) => i.path).sort()).toEqual(["acknowledgeClash", "learnerId", "sectionId"]);
  });
});

describe("listOwnEnrollments and getEnrollment", () => {
  it("list the enrollments of every learner one looks after, with waitlist positions, the section and its meetings", async () => {
    const guardian = await createActor(["MEMBER"]);
    const section = await createSection({ capacity: 1 });
    const other = await createLearner({ guardianIds: [parent.id] });
    await enrollLearner(db, parent, { sectionId: section.id, learnerId: other.id });
    const self = await createLearner({ selfOf: guardian.id, birthYear: bornAgo(35) });
    const child = await createLearner({ guardianIds: [guardian.id], birthYear: bornAgo(20) });
    await enrollLearner(db, guardian, { sectionId: section.id, learnerId: self.id });
    await enrollLearner(db, guardian, { sectionId: section.id, learnerId: child.id });

    const page = await listOwnEnrollments(db, guardian, { sort: "createdAt", dir: "asc" });
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => [r.learner.name, r.status, r.position])).toEqual([
      [self.name, "WAITLISTED", 1],
      [child.name, "WAITLISTED", 2],
    ]);
    expect(page.rows[0].section).toMatchObject({ code: section.code, course: { id: section.courseId }, meetings: [{ weekday: 1 }, { weekday: 3 }] });
    expect((await listOwnEnrollments(db, guardian, { learnerId: child.id })).rows.map((r) => r.learnerId)).toEqual([child.id]);
    expect((await listOwnEnrollments(db, guardian, { status: "ENROLLED" })).total).toBe(0);
    await expect(getEnrollment(db, guardian, page.rows[1].id)).resolves.toMatchObject({ id: page.rows[1].id, position: 2, paymentStatus: "UNPAID" });
  });
});
