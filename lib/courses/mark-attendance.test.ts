import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createActor, db } from "@/tests/support/factories";
import { addDays, centerDateOf } from "@/lib/time/center-time";
import { getSectionAttendance } from "./get-section-attendance";
import { getSectionRoster } from "./get-section-roster";
import { markAttendance } from "./mark-attendance";
import { sectionOccurrences } from "./section-occurrences";
import { createEnrollment, createRunningSection, pastMeetingDates } from "./testing/teaching";

let teacher: Actor, otherTeacher: Actor, staff: Actor, member: Actor;
let section: Awaited<ReturnType<typeof createRunningSection>>;
let ana: Awaited<ReturnType<typeof createEnrollment>>, bilal: Awaited<ReturnType<typeof createEnrollment>>;
let dates: string[];

beforeAll(async () => {
  [teacher, otherTeacher, staff, member] = await Promise.all([createActor(["TEACHER"]), createActor(["TEACHER"]), createActor(["STAFF"]), createActor(["MEMBER"])]);
  section = await createRunningSection(teacher.id);
  ana = await createEnrollment(section.id, { name: "Ana" });
  bilal = await createEnrollment(section.id, { name: "Bilal" });
  dates = await pastMeetingDates(section.id);
});

const marksOf = (date: string) =>
  db.attendance.findMany({ where: { date: new Date(`${date}T00:00:00Z`), enrollment: { sectionId: section.id } }, orderBy: { enrollmentId: "asc" } });
const rateOf = async (enrollmentId: string) => (await getSectionRoster(db, teacher, section.id)).entries.find((e) => e.enrollmentId === enrollmentId)?.attendance;

describe("marking attendance", () => {
  it("records a mark per learner for a past meeting, with an audit row, and the rates follow", async () => {
    const date = dates[0];
    await markAttendance(db, teacher, { sectionId: section.id, date, marks: [{ enrollmentId: ana.id, status: "PRESENT" }, { enrollmentId: bilal.id, status: "ABSENT" }] });
    expect((await marksOf(date)).map((m) => [m.enrollmentId, m.status, m.markedById])).toEqual(
      [[ana.id, "PRESENT", teacher.id], [bilal.id, "ABSENT", teacher.id]].sort((a, b) => a[0]!.localeCompare(b[0]!)),
    );
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: section.id, action: "attendance.mark" } });
    expect(audit).toMatchObject({ actorId: teacher.id, entity: "CourseSection", after: { date } });

    // LATE counts as attended, EXCUSED does not; both count as marked occurrences.
    await markAttendance(db, teacher, { sectionId: section.id, date: dates[1], marks: [{ enrollmentId: ana.id, status: "LATE" }, { enrollmentId: bilal.id, status: "EXCUSED" }] });
    expect(await rateOf(ana.id)).toEqual({ attended: 2, marked: 2, rate: 1 });
    expect(await rateOf(bilal.id)).toEqual({ attended: 0, marked: 2, rate: 0 });

    // A correction replaces the mark of that date: still one row per learner and date.
    await markAttendance(db, staff, { sectionId: section.id, date, marks: [{ enrollmentId: bilal.id, status: "PRESENT" }] });
    expect((await marksOf(date)).length).toBe(2);
    expect(await rateOf(bilal.id)).toEqual({ attended: 1, marked: 2, rate: 0.5 });

    const sheet = await getSectionAttendance(db, teacher, { sectionId: section.id, date });
    expect(sheet.refusal).toBeNull();
    expect(sheet.learners.map((l) => [l.learner.name, l.status, l.markedBy])).toEqual([
      ["Ana", "PRESENT", "Test Person"],
      ["Bilal", "PRESENT", "Test Person"],
    ]);
  });

  it("is for the section's teacher and staff only: another teacher gets 404, a member 403", async () => {
    const input = { sectionId: section.id, date: dates[0], marks: [{ enrollmentId: ana.id, status: "ABSENT" }] };
    await expect(markAttendance(db, otherTeacher, input)).rejects.toMatchObject({ code: "not_found" });
    await expect(getSectionAttendance(db, otherTeacher, { sectionId: section.id, date: dates[0] })).rejects.toMatchObject({ code: "not_found" });
    await expect(markAttendance(db, member, input)).rejects.toMatchObject({ code: "forbidden" });
    await expect(markAttendance(db, null, input)).rejects.toMatchObject({ code: "unauthenticated" });
    expect((await marksOf(dates[0])).find((m) => m.enrollmentId === ana.id)?.status).toBe("PRESENT");
  });

  it("refuses, writing nothing, a date that is malformed, not a meeting, cancelled or still to come", async () => {
    const future = sectionOccurrences(section, { from: addDays(centerDateOf(new Date()), 1) })[0].date;
    const notMeeting = addDays(dates[0], 1);
    const cancelled = dates[2];
    await db.meetingCancellation.createMany({
      data: section.meetings.map((m) => ({ meetingId: m.id, date: new Date(`${cancelled}T00:00:00Z`) })),
    });
    const before = await db.attendance.count();
    const cases: [string, string][] = [
      ["2026-02-30", "validation.date"],
      ["yesterday", "validation.date"],
      [notMeeting, "teaching.errors.notAMeetingDate"],
      [cancelled, "teaching.errors.cancelled"],
      [future, "teaching.errors.future"],
    ];
    for (const [date, messageKey] of cases) {
      const error = await markAttendance(db, teacher, { sectionId: section.id, date, marks: [{ enrollmentId: ana.id, status: "PRESENT" }] }).catch((e) => e);
      expect(error, date).toMatchObject({ code: "invalid", issues: [expect.objectContaining({ path: "date", messageKey })] });
    }
    expect(await db.attendance.count()).toBe(before);
    await expect(getSectionAttendance(db, teacher, { sectionId: section.id, date: notMeeting })).rejects.toMatchObject({ code: "invalid" });
    expect((await getSectionAttendance(db, teacher, { sectionId: section.id, date: cancelled })).refusal).toBe("cancelled");
  });

  it("refuses the whole request, writing nothing, when one learner is not enrolled in the section", async () => {
    const waiting = await createEnrollment(section.id, { status: "WAITLISTED" });
    const elsewhere = await createEnrollment((await createRunningSection(teacher.id)).id);
    const dropped = await createEnrollment(section.id, { status: "CANCELLED" });
    const before = await db.attendance.count();
    for (const outsider of [waiting, elsewhere, dropped]) {
      const marks = [{ enrollmentId: ana.id, status: "ABSENT" }, { enrollmentId: outsider.id, status: "PRESENT" }];
      const error = await markAttendance(db, teacher, { sectionId: section.id, date: dates[3], marks }).catch((e) => e);
      expect(error).toMatchObject({ code: "invalid", issues: [{ path: "marks.1.enrollmentId", messageKey: "teaching.errors.notEnrolled" }] });
    }
    const twice = [{ enrollmentId: ana.id, status: "ABSENT" }, { enrollmentId: ana.id, status: "PRESENT" }];
    await expect(markAttendance(db, teacher, { sectionId: section.id, date: dates[3], marks: twice })).rejects.toMatchObject({ code: "invalid" });
    await expect(markAttendance(db, teacher, { sectionId: section.id, date: dates[3], marks: [{ enrollmentId: ana.id, status: "ASLEEP" }] })).rejects.toMatchObject({ code: "invalid" });
    await expect(markAttendance(db, teacher, { sectionId: section.id, date: dates[3], marks: [] })).rejects.toMatchObject({ code: "invalid" });
    expect(await db.attendance.count()).toBe(before);
  });

  it("keeps one mark per learner and date when the teacher and staff mark at the same moment", async () => {
    const date = dates[4];
    const marks = (status: string) => [{ enrollmentId: ana.id, status }, { enrollmentId: bilal.id, status }];
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => markAttendance(db, i % 2 ? teacher : staff, { sectionId: section.id, date, marks: marks(i % 2 ? "PRESENT" : "LATE") })),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const rows = await marksOf(date);
    expect(rows).toHaveLength(2);
    // Every request wrote both marks under the same locks: the two learners never disagree.
    expect(rows[0].status).toBe(rows[1].status);
    expect(await db.auditLog.count({ where: { entityId: section.id, action: "attendance.mark", after: { path: ["date"], equals: date } } })).toBe(10);
  });
});
