import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { ApiError } from "@/lib/api/error-schema";
import type { EnrollResultJson, EnrollmentJson, LearnerJson } from "@/lib/courses/api/enrollment-response-schemas";
import { ENROLLMENTS_TAG, LEARNERS_TAG } from "@/lib/courses/api/enrollment-paths";
import { createLearner, createSection } from "@/lib/courses/testing/factories";
import { bornAgo } from "@/lib/courses/testing/engine";
import { createActor, db } from "@/tests/support/factories";
import { as, callApi } from "./support/call-route";
import { checkedResponses, documentedOperations } from "./support/response-contract";

// The learners and enrollments API through its route functions, every response held to the OpenAPI
// document. The last test asks that each of the engine's documented operations succeeded at least once.

type Page<T> = { items: T[]; total: number; page: number; size: number; pageCount: number };

let parent: Actor, stranger: Actor, staff: Actor, teacher: Actor;
beforeAll(async () => {
  [parent, stranger, staff, teacher] = await Promise.all([
    createActor(["MEMBER"], { name: "Olga Petrova", locale: "ru" }),
    createActor(["MEMBER"]),
    createActor(["STAFF"]),
    createActor(["TEACHER"]),
  ]);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("/api/v1/learners", () => {
  it("adds a child and lists the caller's learners; nobody else sees them", async () => {
    const added = await as(parent).post<LearnerJson>("/api/v1/learners", { name: "Misha", birthYear: bornAgo(9) });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: "Misha", self: false, guardians: [{ id: parent.id, name: "Olga Petrova" }] });
    const mine = await as(parent).get<Page<LearnerJson>>("/api/v1/learners");
    expect(mine.body.items.map((l) => l.id)).toContain(added.body.id);
    expect((await as(stranger).get<Page<LearnerJson>>("/api/v1/learners")).body.total).toBe(0);
    expect((await as(null).get("/api/v1/learners")).status).toBe(401);
    const bad = await as(parent).post<ApiError>("/api/v1/learners?locale=ru", { name: "", birthYear: "soon" });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fieldErrors).sort()).toEqual(["birthYear", "name"]);
  });
});

describe("/api/v1/enrollments", () => {
  it("enrolls, waitlists, lists with positions, and lets the waiting learner accept a freed place", async () => {
    const section = await createSection({ capacity: 1, audience: "CHILDREN" });
    const [first, second] = await Promise.all([1, 2].map((i) => createLearner({ guardianIds: [parent.id], birthYear: bornAgo(8), name: `Child ${i}` })));
    const enrolled = await as(parent).post<EnrollResultJson>("/api/v1/enrollments", { sectionId: section.id, learnerId: first.id });
    expect(enrolled.status).toBe(201);
    expect(enrolled.body).toMatchObject({ outcome: "enrolled", enrollment: { status: "ENROLLED", position: null, actions: ["drop"], section: { code: section.code, meetings: [{ weekday: 1 }, { weekday: 3 }] } } });
    const waiting = await as(parent).post<EnrollResultJson>("/api/v1/enrollments", { sectionId: section.id, learnerId: second.id });
    expect(waiting.body).toMatchObject({ outcome: "waitlisted", enrollment: { status: "WAITLISTED", position: 1 } });

    const list = await as(parent).get<Page<EnrollmentJson>>(`/api/v1/enrollments?status=WAITLISTED`);
    expect(list.body.items.map((e) => [e.id, e.position])).toEqual([[waiting.body.enrollment.id, 1]]);

    const dropped = await callApi<EnrollmentJson>(parent, "DELETE", `/api/v1/enrollments/${enrolled.body.enrollment.id}`, { body: { reason: "We move to Lahore" } });
    expect(dropped.status).toBe(200);
    expect(dropped.body).toMatchObject({ status: "CANCELLED", actions: [] });
    const offered = await as(parent).get<EnrollmentJson>(`/api/v1/enrollments/${waiting.body.enrollment.id}`);
    expect(offered.body).toMatchObject({ status: "OFFERED", actions: ["accept", "drop"] });
    expect(offered.body.offerExpiresAt).toBeTruthy();
    const accepted = await as(parent).post<EnrollmentJson>(`/api/v1/enrollments/${waiting.body.enrollment.id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: "ENROLLED", offerExpiresAt: null });
    expect((await as(parent).post(`/api/v1/enrollments/${waiting.body.enrollment.id}/accept`)).status).toBe(409);
  });

  it("gives a stranger 404 on someone else's enrollment, for reading, dropping and accepting alike", async () => {
    const section = await createSection();
    const learner = await createLearner({ guardianIds: [parent.id] });
    const { body } = await as(parent).post<EnrollResultJson>("/api/v1/enrollments", { sectionId: section.id, learnerId: learner.id });
    const id = body.enrollment.id;
    expect((await as(stranger).get(`/api/v1/enrollments/${id}`)).status).toBe(404);
    expect((await callApi(stranger, "DELETE", `/api/v1/enrollments/${id}`)).status).toBe(404);
    expect((await as(stranger).post(`/api/v1/enrollments/${id}/accept`)).status).toBe(404);
    expect((await as(stranger).post("/api/v1/enrollments", { sectionId: section.id, learnerId: learner.id })).status).toBe(404);
    expect((await db.enrollment.findUniqueOrThrow({ where: { id } })).status).toBe("ENROLLED");
    // The section's teacher sees it, may not drop it; staff see and remove it.
    const taught = await createSection({ teacherId: teacher.id });
    const inTaught = await as(parent).post<EnrollResultJson>("/api/v1/enrollments", { sectionId: taught.id, learnerId: learner.id, acknowledgeClash: true });
    expect((await as(teacher).get(`/api/v1/enrollments/${inTaught.body.enrollment.id}`)).body).toMatchObject({ actions: [] });
    expect((await callApi(teacher, "DELETE", `/api/v1/enrollments/${inTaught.body.enrollment.id}`)).status).toBe(403);
    expect((await callApi<EnrollmentJson>(staff, "DELETE", `/api/v1/enrollments/${id}`)).body.status).toBe("CANCELLED");
  });

  it("answers a schedule clash with a localized 409 naming the other section, then enrolls when acknowledged", async () => {
    const learner = await createLearner({ guardianIds: [parent.id] });
    const [a, b] = await Promise.all([createSection(), createSection()]);
    await as(parent).post("/api/v1/enrollments", { sectionId: a.id, learnerId: learner.id });
    const clash = await as(parent).post<ApiError>("/api/v1/enrollments?locale=ru", { sectionId: b.id, learnerId: learner.id });
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe("conflict");
    expect(clash.body.error.message).toContain(a.code);
    expect(clash.body.error.message).toMatch(/[\u0400-\u04FF]/);
    const acknowledged = await as(parent).post<EnrollResultJson>("/api/v1/enrollments", { sectionId: b.id, learnerId: learner.id, acknowledgeClash: true });
    expect(acknowledged.status).toBe(201);
  });
});

describe("the contract", () => {
  it("saw every documented learner and enrollment operation succeed, each response checked against its schema", () => {
    const succeeded = new Set([...checkedResponses].filter((r) => /\s2\d\d$/.test(r)).map((r) => r.replace(/\s\d{3}$/, "")));
    const mine = documentedOperations([LEARNERS_TAG, ENROLLMENTS_TAG]);
    expect(mine).toHaveLength(7);
    expect(mine.filter((operation) => !succeeded.has(operation))).toEqual([]);
  });
});
