import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { ApiError } from "@/lib/api/error-schema";
import { ROSTERS_API_TAG } from "@/lib/courses/api/roster-tag";
import { createLearner, createSection } from "@/lib/courses/testing/factories";
import { createEnrollment } from "@/lib/courses/testing/roster-factories";
import { createActor, db } from "@/tests/support/factories";
import { as } from "./support/call-route";
import { checkedResponses, documentedOperations } from "./support/response-contract";

// The roster export through its route function, every response held to the OpenAPI document.

let staff: Actor, teacher: Actor, member: Actor;
let sectionId: string, code: string;

beforeAll(async () => {
  [staff, teacher, member] = await Promise.all([createActor(["STAFF"]), createActor(["TEACHER"]), createActor(["MEMBER"])]);
  const section = await createSection({ teacherId: teacher.id, capacity: 1 });
  ({ id: sectionId, code } = section);
  for (const [name, status] of [
    ["Anya Petrova", "ENROLLED"],
    ["Hamza Ali", "WAITLISTED"],
    ["Sana Iqbal", "WAITLISTED"],
  ] as const) {
    const learner = await createLearner({ name, guardianIds: [member.id] });
    await createEnrollment({ sectionId, learnerId: learner.id, enrolledById: member.id, status });
  }
});

afterAll(async () => {
  await db.$disconnect();
});

const lines = (csv: string) => csv.trimEnd().split("\r\n");

describe("GET /api/v1/sections/{id}/roster.csv", () => {
  it("downloads the filtered roster as a private attachment named after the section", async () => {
    const all = await as(staff).get<string>(`/api/v1/sections/${sectionId}/roster.csv`);
    expect(all.status).toBe(200);
    expect(all.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="roster-${code}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    expect(all.headers.get("cache-control")).toBe("private, no-store");
    expect(lines(all.body)).toHaveLength(4);

    const waitlist = await as(staff).get<string>(`/api/v1/sections/${sectionId}/roster.csv?status=WAITLISTED&sort=name&dir=desc`);
    const rows = lines(waitlist.body).slice(1);
    expect(rows.map((row) => row.split(",").slice(2, 5))).toEqual([
      ["WAITLISTED", "2", "Sana Iqbal"],
      ["WAITLISTED", "1", "Hamza Ali"],
    ]);
    const searched = await as(staff).get<string>(`/api/v1/sections/${sectionId}/roster.csv?q=anya&status=`);
    expect(lines(searched.body).slice(1).map((row) => row.split(",")[4])).toEqual(["Anya Petrova"]);
  });

  it("refuses a bad filter with a localized 422", async () => {
    const bad = await as(staff).get<ApiError>(`/api/v1/sections/${sectionId}/roster.csv?payment=SOMETIMES&locale=ru`);
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fieldErrors)).toEqual(["payment"]);
  });

  it("is for staff: 401 signed out, 403 for a teacher or member, 404 for an unknown section", async () => {
    expect((await as(null).get(`/api/v1/sections/${sectionId}/roster.csv`)).status).toBe(401);
    expect((await as(teacher).get(`/api/v1/sections/${sectionId}/roster.csv`)).status).toBe(403);
    expect((await as(member).get(`/api/v1/sections/${sectionId}/roster.csv`)).status).toBe(403);
    expect((await as(staff).get(`/api/v1/sections/no-such-section/roster.csv`)).status).toBe(404);
  });

  it("saw every documented roster operation succeed", () => {
    const succeeded = new Set([...checkedResponses].filter((r) => /\s2\d\d$/.test(r)).map((r) => r.replace(/\s\d{3}$/, "")));
    expect(documentedOperations([ROSTERS_API_TAG.name]).filter((operation) => !succeeded.has(operation))).toEqual([]);
  });
});
