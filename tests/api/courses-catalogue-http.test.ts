import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "@/lib/api/error-schema";
import { COURSE_CATALOGUE_PATHS } from "@/lib/courses/api/catalogue-paths";
import type { CourseDetailJson, CourseListItemJson, PublicSectionJson } from "@/lib/courses/api/catalogue-response-schemas";
import { createCourse, createSection } from "@/lib/courses/testing/factories";
import { createActor, db } from "@/tests/support/factories";
import { as } from "./support/call-route";
import { checkedResponses } from "./support/response-contract";

// The public course catalogue over the JSON API: the route functions against the test database,
// every response held to the OpenAPI document (support/call-route.ts).

type Page<T> = { items: T[]; total: number; page: number; size: number; pageCount: number };
const anonymous = as(null);

let course: Awaited<ReturnType<typeof createCourse>>;
let section: Awaited<ReturnType<typeof createSection>>;
let online: Awaited<ReturnType<typeof createSection>>;

beforeAll(async () => {
  const teacher = await createActor(["TEACHER"], { name: "Elena Morozova" });
  course = await createCourse({ level: "B2", audience: "ADULTS", translations: { ru: { title: "Подготовка к ТРКИ-2" } } });
  section = await createSection({ courseId: course.id, teacherId: teacher.id, instructionLanguage: "ru", capacity: 4 });
  online = await createSection({ courseId: course.id, online: true, instructionLanguage: "ur", termStartInDays: 15, meetings: [{ weekday: 7, startMinute: 10 * 60, endMinute: 12 * 60 }] });
  await db.courseSection.update({ where: { id: online.id }, data: { enrolledCount: 12 } });
  const monday = section.meetings.find((m) => m.weekday === 1)!;
  const firstMonday = new Date(section.termStart.getTime() + ((8 - (section.termStart.getUTCDay() || 7)) % 7) * 86_400_000);
  await db.meetingCancellation.create({ data: { meetingId: monday.id, date: firstMonday } });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("course catalogue API", () => {
  it("lists published courses a page at a time, with the sections that fit the filters, in the request's language", async () => {
    const all = await anonymous.get<Page<CourseListItemJson>>("/api/v1/courses?level=B2&locale=ru");
    expect(all.status).toBe(200);
    const mine = all.body.items.find((c) => c.id === course.id)!;
    expect(mine).toMatchObject({ title: "Подготовка к ТРКИ-2", level: "B2", torfl: "torfl2", audience: "ADULTS" });
    expect(mine.sections).toHaveLength(2);
    const sunday = await anonymous.get<Page<CourseListItemJson>>("/api/v1/courses?level=B2&weekday=7&format=online&language=ur&time=morning");
    expect(sunday.body.items.map((c) => c.id)).toEqual([course.id]);
    expect(sunday.body.items[0].sections).toEqual([expect.objectContaining({ id: online.id, format: "online", room: null, meetings: [expect.objectContaining({ weekday: 7, start: "10:00", end: "12:00" })] })]);
    expect((await anonymous.get<Page<CourseListItemJson>>("/api/v1/courses?level=B2&weekday=7&format=inPerson")).body.items).toEqual([]);
  });

  it("answers a malformed filter with a localized 422", async () => {
    const bad = await anonymous.get<ApiError>("/api/v1/courses?level=Z9&locale=ru");
    expect(bad.status).toBe(422);
    expect(bad.body.error.fieldErrors).toHaveProperty("level");
  });

  it("shows one course with its sections' teacher, state and places left; 404 when not published", async () => {
    const detail = await anonymous.get<CourseDetailJson>(`/api/v1/courses/${course.slug}`);
    expect(detail.status).toBe(200);
    expect(detail.body.sections.map((s) => [s.id, s.state, s.placesLeft])).toEqual([
      [section.id, "open", 4],
      [online.id, "full", 0],
    ]);
    expect(detail.body.sections[0]).toMatchObject({ teacher: "Elena Morozova", instructionLanguage: "ru", calendarUrl: `/api/v1/sections/${section.id}/calendar.ics` });
    const hidden = await createCourse({ published: false });
    expect((await anonymous.get<ApiError>(`/api/v1/courses/${hidden.slug}`)).status).toBe(404);
  });

  it("shows one public section with its course and cancelled meetings; 404 for a retired one", async () => {
    const found = await anonymous.get<PublicSectionJson>(`/api/v1/sections/${section.id}?locale=ru`);
    expect(found.status).toBe(200);
    expect(found.body.course).toMatchObject({ id: course.id, title: "Подготовка к ТРКИ-2" });
    expect(found.body.cancelledMeetings).toHaveLength(1);
    const retired = await createSection();
    await db.courseSection.update({ where: { id: retired.id }, data: { retiredAt: new Date() } });
    expect((await anonymous.get(`/api/v1/sections/${retired.id}`)).status).toBe(404);
  });

  it("serves the section's timetable as iCalendar, with the cancelled meeting excluded", async () => {
    const ics = await anonymous.get<string>(`/api/v1/sections/${section.id}/calendar.ics?locale=ru`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(ics.headers.get("content-disposition")).toBe(`attachment; filename="${section.code}.ics"`);
    const text = ics.body.replace(/\r\n /g, "");
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toMatch(/RRULE:FREQ=WEEKLY;UNTIL=\d{8}T185959Z/);
    expect(text).toMatch(/EXDATE;TZID=Asia\/Karachi:\d{8}T170000/);
    expect(text).toContain("SUMMARY:Подготовка к ТРКИ-2\\, группа");
    expect((await anonymous.get(`/api/v1/sections/no-such-section/calendar.ics`)).status).toBe(404);
  });

  it("saw every catalogue operation succeed, each response checked against its schema", () => {
    const succeeded = new Set([...checkedResponses].filter((r) => /\s2\d\d$/.test(r)).map((r) => r.replace(/\s\d{3}$/, "")));
    const operations = Object.entries(COURSE_CATALOGUE_PATHS).flatMap(([template, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${template}`));
    expect(operations.filter((operation) => !succeeded.has(operation))).toEqual([]);
  });
});
