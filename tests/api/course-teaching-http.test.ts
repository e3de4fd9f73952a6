import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { ApiError } from "@/lib/api/error-schema";
import type { AttendanceSheetJson, SectionRosterJson } from "@/lib/courses/api/teaching-schemas";
import { createEnrollment, createRunningSection, pastMeetingDates } from "@/lib/courses/testing/teaching";
import { createActor, db } from "@/tests/support/factories";
import { as, callApi } from "./support/call-route";
import { checkedResponses, documentedOperations } from "./support/response-contract";

// The teaching API (a section's roster and attendance) through its route functions, every response
// held to the OpenAPI document; the last test asks that each of its operations succeeded once.

let teacher: Actor, otherTeacher: Actor, staff: Actor, member: Actor, parent: Actor;
let section: Awaited<ReturnType<typeof createRunningSection>>;
let child: Awaited<ReturnType<typeof createEnrollment>>, waiting: Awaited<ReturnType<typeof createEnrollment>>;
let date: string;
const put = <T>(caller: { id: string } | null, url: string, body: unknown) => callApi<T>(caller, "PUT", url, { body });

beforeAll(async () => {
  [teacher, otherTeacher, staff, member, parent] = await Promise.all([
    createActor(["TEACHER"]),
    createActor(["TEACHER"]),
    createActor(["STAFF"]),
    createActor(["MEMBER"]),
    createActor(["MEMBER"], { name: "Rubina Parent" }),
  ]);
  section = await createRunningSection(teacher.id);
  child = await createEnrollment(section.id, { name: "Hamza", birthYear: new Date().getUTCFullYear() - 10, guardianIds: [parent.id] });
  waiting = await createEnrollment(section.id, { status: "WAITLISTED" });
  [date] = await pastMeetingDates(section.id);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("a section's roster", () => {
  it("answers the teacher with enrolled and waitlisted learners, a child's guardians and rates", async () => {
    const { status, body } = await as(teacher).get<SectionRosterJson>(`/api/v1/sections/${section.id}/roster?locale=ru`);
    expect(status).toBe(200);
    expect(body.section).toMatchObject({ id: section.id, code: section.code, teacher: { id: teacher.id } });
    expect(body.entries.map((e) => [e.enrollmentId, e.status, e.position])).toEqual([
      [child.id, "ENROLLED", null],
      [waiting.id, "WAITLISTED", 1],
    ]);
    expect(body.entries[0]).toMatchObject({ learner: { name: "Hamza", age: 10, child: true }, guardians: [{ name: "Rubina Parent", email: parent.email }] });
    const onlyWaiting = await as(staff).get<SectionRosterJson>(`/api/v1/sections/${section.id}/roster?status=WAITLISTED`);
    expect(onlyWaiting.body.entries.map((e) => e.enrollmentId)).toEqual([waiting.id]);
  });

  it("is 404 for another teacher, 403 for a member, 401 for nobody, 422 for a bad filter", async () => {
    expect((await as(otherTeacher).get<ApiError>(`/api/v1/sections/${section.id}/roster`)).status).toBe(404);
    expect((await as(member).get<ApiError>(`/api/v1/sections/${section.id}/roster`)).status).toBe(403);
    expect((await as(null).get<ApiError>(`/api/v1/sections/${section.id}/roster`)).status).toBe(401);
    const bad = await as(teacher).get<ApiError>(`/api/v1/sections/${section.id}/roster?status=CANCELLED`);
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fieldErrors)).toEqual(["status"]);
  });
});

describe("attendance", () => {
  it("marks a meeting date and reads it back; the roster's rate follows", async () => {
    const marked = await put<AttendanceSheetJson>(teacher, `/api/v1/sections/${section.id}/attendance`, { date, marks: [{ enrollmentId: child.id, status: "LATE" }] });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ sectionId: section.id, date, refusal: null, learners: [{ enrollmentId: child.id, status: "LATE" }] });

    const sheet = await as(teacher).get<AttendanceSheetJson>(`/api/v1/sections/${section.id}/attendance?date=${date}`);
    expect(sheet.body.learners.map((l) => l.status)).toEqual(["LATE"]);
    const roster = await as(teacher).get<SectionRosterJson>(`/api/v1/sections/${section.id}/roster`);
    expect(roster.body.entries[0].attendance).toEqual({ attended: 1, marked: 1, rate: 1 });
  });

  it("refuses a waitlisted learner, a date without a meeting, a stranger and a malformed body, writing nothing", async () => {
    const before = await db.attendance.count({ where: { enrollment: { sectionId: section.id } } });
    const waitlisted = await put<ApiError>(teacher, `/api/v1/sections/${section.id}/attendance?locale=ru`, { date, marks: [{ enrollmentId: waiting.id, status: "PRESENT" }] });
    expect(waitlisted.status).toBe(422);
    expect(waitlisted.body.error.message).toMatch(/[а-я]/);
    const noMeeting = await put<ApiError>(teacher, `/api/v1/sections/${section.id}/attendance`, { date: "2000-01-01", marks: [{ enrollmentId: child.id, status: "PRESENT" }] });
    expect(noMeeting.status).toBe(422);
    expect(Object.keys(noMeeting.body.error.fieldErrors)).toEqual(["date"]);
    expect((await put<ApiError>(otherTeacher, `/api/v1/sections/${section.id}/attendance`, { date, marks: [{ enrollmentId: child.id, status: "ABSENT" }] })).status).toBe(404);
    expect((await put<ApiError>(member, `/api/v1/sections/${section.id}/attendance`, { date, marks: [{ enrollmentId: child.id, status: "ABSENT" }] })).status).toBe(403);
    expect((await put<ApiError>(teacher, `/api/v1/sections/${section.id}/attendance`, "{not json")).status).toBe(422);
    expect((await put<ApiError>(teacher, `/api/v1/sections/${section.id}/attendance`, { date, marks: "all present" })).status).toBe(422);
    expect((await as(teacher).get<ApiError>(`/api/v1/sections/${section.id}/attendance?date=tomorrow`)).status).toBe(422);
    expect((await as(otherTeacher).get<ApiError>(`/api/v1/sections/${section.id}/attendance?date=${date}`)).status).toBe(404);
    expect(await db.attendance.count({ where: { enrollment: { sectionId: section.id } } })).toBe(before);
  });
});

describe("the contract", () => {
  it("saw every teaching operation succeed, each response checked against its schema", () => {
    const succeeded = new Set([...checkedResponses].filter((r) => /\s2\d\d$/.test(r)).map((r) => r.replace(/\s\d{3}$/, "")));
    const teaching = documentedOperations(["Teaching"]);
    expect(teaching.length).toBe(3);
    expect(teaching.filter((operation) => !succeeded.has(operation))).toEqual([]);
  });
});
