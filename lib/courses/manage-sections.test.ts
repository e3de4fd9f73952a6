import { beforeAll, describe, expect, it } from "vitest";
import type { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { db, createActor, uniq } from "@/tests/support/factories";
import { addDays, centerDateOf, isoWeekdayOf } from "@/lib/time/center-time";
import { createCourse as createTestCourse, createLearner, createSection as createTestSection } from "./testing/factories";
import { createSection } from "./create-section";
import { updateSection } from "./update-section";
import { retireSection } from "./retire-section";
import { addMeeting } from "./add-meeting";
import { removeMeeting } from "./remove-meeting";
import { cancelMeetingOccurrence } from "./cancel-meeting";
import { getStaffSection } from "./get-staff-section";
import { upcomingOccurrences } from "./section-occurrences";

const rejection = (promise: Promise<unknown>) => promise.then(() => { throw new Error("expected a refusal"); }, (e: DomainError) => e);

let staff: Actor;
let teacher: Actor;
let member: Actor;
let room: { id: string };
const today = centerDateOf(new Date());
beforeAll(async () => {
  room = await db.room.create({
    data: { slug: `room-${uniq()}`, name: "Tolstoy room", description: "For tests.", capacity: 20, opensAtMinute: 9 * 60, closesAtMinute: 21 * 60, hourlyRatePkr: 5000 },
  });
  staff = await createActor(["STAFF"]);
  teacher = await createActor(["TEACHER"]);
  member = await createActor(["MEMBER"]);
});

const sectionInput = (courseId: string, overrides: Record<string, unknown> = {}) => ({
  courseId,
  code: `a1-${uniq()}`,
  teacherId: teacher.id,
  termStart: addDays(today, 14),
  termEnd: addDays(today, 100),
  online: "on",
  roomId: "",
  instructionLanguage: "ur",
  capacity: "12",
  feePkr: "15000",
  enrollmentDeadline: addDays(today, 10),
  offerHours: "24",
  autoEnroll: "",
  ...overrides,
});

/** The first date on or after `from` that falls on ISO `weekday`. */
const nextWeekday = (from: string, weekday: number) => {
  let date = from;
  while (isoWeekdayOf(date) !== weekday) date = addDays(date, 1);
  return date;
};

describe("sections in the back office", () => {
  it("staff add a section: a teacher who teaches, online or a room, the deadline at the end of its Center day; audited", async () => {
    const course = await createTestCourse();
    const section = await createSection(db, staff, sectionInput(course.id));
    expect(section).toMatchObject({ teacherId: teacher.id, online: true, roomId: null, instructionLanguage: "ur", capacity: 12, feePkr: 15000, offerHours: 24, autoEnroll: false, enrolledCount: 0 });
    expect(section.code).toMatch(/^A1-/);
    expect(centerDateOf(section.enrollmentDeadline)).toBe(addDays(today, 10));
    expect(centerDateOf(new Date(section.enrollmentDeadline.getTime() + 1))).toBe(addDays(today, 11));
    expect(await db.auditLog.findFirstOrThrow({ where: { entityId: section.id } })).toMatchObject({ action: "courseSection.create" });
    await expect(rejection(createSection(db, staff, sectionInput(course.id, { code: section.code })))).resolves.toMatchObject({ code: "conflict", messageKey: "courseAdmin.errors.codeTaken" });
    await expect(rejection(createSection(db, staff, sectionInput("no-such-course")))).resolves.toMatchObject({ code: "not_found" });
  });

  it("refuses bad sections with field errors and writes nothing", async () => {
    const course = await createTestCourse();
    const cases: [Record<string, unknown>, string][] = [
      [{ termEnd: addDays(today, 1) }, "termEnd"],
      [{ enrollmentDeadline: addDays(today, 101) }, "enrollmentDeadline"],
      [{ teacherId: member.id }, "teacherId"],
      [{ capacity: "0" }, "capacity"],
      [{ feePkr: "-1" }, "feePkr"],
      [{ offerHours: "0" }, "offerHours"],
      [{ instructionLanguage: "de" }, "instructionLanguage"],
      [{ termStart: "2026-02-30" }, "termStart"],
      [{ code: "bad code!" }, "code"],
      [{ roomId: "no-such-room", online: "" }, "roomId"],
      [{ roomId: room.id, online: "on" }, "roomId"],
    ];
    const before = await db.courseSection.count({ where: { courseId: course.id } });
    for (const [overrides, path] of cases) {
      const error = await rejection(createSection(db, staff, sectionInput(course.id, overrides)));
      expect(error.code, path).toBe("invalid");
      expect(error.issues.map((i) => i.path)).toContain(path);
    }
    expect(await db.courseSection.count({ where: { courseId: course.id } })).toBe(before);
  });

  it("staff edit a section's facts but not its capacity; before and after are audited; a retired section takes no edits", async () => {
    const course = await createTestCourse();
    const section = await createSection(db, staff, sectionInput(course.id));
    const updated = await updateSection(db, staff, { ...sectionInput(course.id, { code: section.code, online: "", roomId: room.id, feePkr: "18000", autoEnroll: "on", capacity: "99" }), sectionId: section.id });
    expect(updated).toMatchObject({ online: false, roomId: room.id, feePkr: 18000, autoEnroll: true, capacity: 12 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: section.id, action: "courseSection.update" } });
    expect(audit.before).toMatchObject({ feePkr: 15000, online: true });
    expect(audit.after).toMatchObject({ feePkr: 18000, online: false });

    await retireSection(db, staff, { sectionId: section.id });
    await expect(rejection(updateSection(db, staff, { ...sectionInput(course.id, { code: section.code }), sectionId: section.id }))).resolves.toMatchObject({ messageKey: "courseAdmin.errors.retired" });
    await expect(rejection(retireSection(db, staff, { sectionId: section.id }))).resolves.toMatchObject({ code: "conflict" });
    await expect(rejection(updateSection(db, staff, { ...sectionInput(course.id), sectionId: "nope" }))).resolves.toMatchObject({ code: "not_found" });
  });

  it("retiring a section tells the guardians of enrolled, offered and waitlisted learners, each once and in their language", async () => {
    const section = await createTestSection({ capacity: 1 });
    const mother = await createActor(["MEMBER"], { locale: "fa" });
    const father = await createActor(["MEMBER"], { locale: "zh" });
    const adult = await createActor(["MEMBER"], { locale: "ur" });
    const child = await createLearner({ guardianIds: [mother.id, father.id], birthYear: new Date().getUTCFullYear() - 30 });
    const self = await createLearner({ selfOf: adult.id });
    const dropped = await createLearner({ guardianIds: [member.id] });
    await db.enrollment.createMany({
      data: [
        { sectionId: section.id, learnerId: child.id, enrolledById: mother.id, status: "ENROLLED" },
        { sectionId: section.id, learnerId: self.id, enrolledById: adult.id, status: "WAITLISTED" },
        { sectionId: section.id, learnerId: dropped.id, enrolledById: member.id, status: "CANCELLED" },
      ],
    });
    await retireSection(db, staff, { sectionId: section.id });
    const notices = await db.outboxMessage.findMany({ where: { template: "courseCatalogue.sectionRetired", userId: { in: [mother.id, father.id, adult.id, member.id] } } });
    expect(notices.map((n) => [n.userId, n.locale]).sort()).toEqual([[mother.id, "fa"], [father.id, "zh"], [adult.id, "ur"]].sort());
  });
});

describe("weekly meetings", () => {
  it("staff add meetings that do not overlap within the section, and remove them; both audited", async () => {
    const section = await createTestSection({ meetings: [] });
    const monday = await addMeeting(db, staff, { sectionId: section.id, weekday: "1", startTime: "17:00", endTime: "18:30" });
    expect(monday).toMatchObject({ weekday: 1, startMinute: 17 * 60, endMinute: 18 * 60 + 30 });
    // Back to back is fine; overlapping is not; another weekday is fine.
    await addMeeting(db, staff, { sectionId: section.id, weekday: "1", startTime: "18:30", endTime: "19:00" });
    await expect(rejection(addMeeting(db, staff, { sectionId: section.id, weekday: "1", startTime: "18:00", endTime: "18:45" }))).resolves.toMatchObject({ code: "conflict", messageKey: "courseAdmin.errors.meetingOverlap" });
    await addMeeting(db, staff, { sectionId: section.id, weekday: "3", startTime: "18:00", endTime: "18:45" });
    for (const [input, path] of [
      [{ weekday: "8", startTime: "10:00", endTime: "11:00" }, "weekday"],
      [{ weekday: "2", startTime: "11:00", endTime: "10:00" }, "endTime"],
      [{ weekday: "2", startTime: "25:00", endTime: "26:00" }, "startTime"],
      [{ weekday: "2", startTime: "08:00", endTime: "13:00" }, "endTime"],
    ] as const) {
      const error = await rejection(addMeeting(db, staff, { sectionId: section.id, ...input }));
      expect(error.issues.map((i) => i.path)).toContain(path);
    }
    await removeMeeting(db, staff, { meetingId: monday.id });
    expect(await db.sectionMeeting.count({ where: { sectionId: section.id } })).toBe(2);
    expect(await db.auditLog.count({ where: { entityId: section.id, action: { in: ["sectionMeeting.add", "sectionMeeting.remove"] } } })).toBe(4);
    await expect(rejection(removeMeeting(db, staff, { meetingId: monday.id }))).resolves.toMatchObject({ code: "not_found" });
    await expect(rejection(addMeeting(db, member, { sectionId: section.id, weekday: "5", startTime: "10:00", endTime: "11:00" }))).resolves.toMatchObject({ code: "forbidden" });
  });

  it("two staff adding overlapping meetings at once: exactly one is kept (the section's lock)", async () => {
    const section = await createTestSection({ meetings: [] });
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) => addMeeting(db, staff, { sectionId: section.id, weekday: "4", startTime: `10:0${i}`, endTime: "11:00" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.sectionMeeting.count({ where: { sectionId: section.id } })).toBe(1);
  });
});

describe("cancelling one occurrence", () => {
  it("writes the cancellation, an audit row and a notice to the guardians of enrolled and offered learners only, together", async () => {
    const section = await createTestSection({ termStartInDays: 7, meetings: [{ weekday: 2, startMinute: 16 * 60, endMinute: 17 * 60 }] });
    const [meeting] = section.meetings;
    const parent = await createActor(["MEMBER"], { locale: "ru" });
    const waiting = await createActor(["MEMBER"]);
    const enrolled = await createLearner({ guardianIds: [parent.id] });
    const offered = await createLearner({ guardianIds: [parent.id], name: "Second child" });
    const waitlisted = await createLearner({ guardianIds: [waiting.id] });
    await db.enrollment.createMany({
      data: [
        { sectionId: section.id, learnerId: enrolled.id, enrolledById: parent.id, status: "ENROLLED" },
        { sectionId: section.id, learnerId: offered.id, enrolledById: parent.id, status: "OFFERED", offerExpiresAt: new Date(Date.now() + 86_400_000) },
        { sectionId: section.id, learnerId: waitlisted.id, enrolledById: waiting.id, status: "WAITLISTED" },
      ],
    });
    const date = nextWeekday(section.termStart.toISOString().slice(0, 10), 2);
    const { cancellation, notified } = await cancelMeetingOccurrence(db, staff, { meetingId: meeting.id, date, reason: "Public holiday" });
    expect(cancellation).toMatchObject({ meetingId: meeting.id, date: new Date(`${date}T00:00:00Z`), reason: "Public holiday", createdById: staff.id });
    expect(notified).toBe(2);
    const notices = await db.outboxMessage.findMany({ where: { template: "courseCatalogue.meetingCancelled", userId: { in: [parent.id, waiting.id] } } });
    expect(notices).toHaveLength(2);
    expect(notices.every((n) => n.userId === parent.id && n.locale === "ru")).toBe(true);
    expect(notices[0].payload).toMatchObject({ date, time: "16:00", reason: "Public holiday", section: section.code });
    expect(await db.auditLog.findFirstOrThrow({ where: { entityId: section.id, action: "sectionMeeting.cancel" } })).toMatchObject({ actorId: staff.id });

    // The editor lists it as cancelled; cancelling it again is a conflict and writes nothing.
    const staffView = await getStaffSection(db, staff, section.id);
    const next = upcomingOccurrences(staffView, new Date(), 3);
    expect(next[0]).toMatchObject({ date, cancellation: { reason: "Public holiday" } });
    expect(next[1].cancellation).toBeNull();
    await expect(rejection(cancelMeetingOccurrence(db, staff, { meetingId: meeting.id, date }))).resolves.toMatchObject({ code: "conflict", messageKey: "courseAdmin.errors.alreadyCancelled" });
    expect(await db.outboxMessage.count({ where: { template: "courseCatalogue.meetingCancelled", userId: parent.id } })).toBe(2);
  });

  it("refuses a date that is no occurrence of the meeting, outside the term, or already begun", async () => {
    const section = await createTestSection({ termStartInDays: -14, meetings: [{ weekday: 2, startMinute: 16 * 60, endMinute: 17 * 60 }] });
    const [meeting] = section.meetings;
    const termStart = section.termStart.toISOString().slice(0, 10);
    const termEnd = section.termEnd.toISOString().slice(0, 10);
    const tuesdayAhead = nextWeekday(addDays(today, 1), 2);
    const cases: [string, string][] = [
      [addDays(tuesdayAhead, 1), "invalid"],
      [nextWeekday(addDays(termEnd, 1), 2), "invalid"],
      [addDays(nextWeekday(termStart, 2), -7), "invalid"],
      [nextWeekday(termStart, 2), "conflict"],
      ["2026-13-01", "invalid"],
    ];
    for (const [date, code] of cases) {
      expect((await rejection(cancelMeetingOccurrence(db, staff, { meetingId: meeting.id, date })).then((e) => e.code)), date).toBe(code);
    }
    // An occurrence today that starts later is still cancellable; one that has started is not.
    const at = (hours: number) => new Date(`${tuesdayAhead}T${String(hours).padStart(2, "0")}:00:00Z`);
    await expect(rejection(cancelMeetingOccurrence(db, staff, { meetingId: meeting.id, date: tuesdayAhead }, at(11)))).resolves.toMatchObject({ messageKey: "courseAdmin.errors.occurrencePast" });
    await cancelMeetingOccurrence(db, staff, { meetingId: meeting.id, date: tuesdayAhead }, at(10));
    await expect(rejection(cancelMeetingOccurrence(db, member, { meetingId: meeting.id, date: addDays(tuesdayAhead, 7) }))).resolves.toMatchObject({ code: "forbidden" });
    await expect(rejection(cancelMeetingOccurrence(db, staff, { meetingId: "nope", date: tuesdayAhead }))).resolves.toMatchObject({ code: "not_found" });
    expect(await db.meetingCancellation.count({ where: { meetingId: meeting.id } })).toBe(1);
  });

  it("the same occurrence cancelled by several staff at once is written once", async () => {
    const section = await createTestSection({ meetings: [{ weekday: 5, startMinute: 9 * 60, endMinute: 10 * 60 }] });
    const date = nextWeekday(section.termStart.toISOString().slice(0, 10), 5);
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => cancelMeetingOccurrence(db, staff, { meetingId: section.meetings[0].id, date })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.meetingCancellation.count({ where: { meetingId: section.meetings[0].id } })).toBe(1);
  });
});
