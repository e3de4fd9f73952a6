import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createActor, db } from "@/tests/support/factories";
import { createLearner, createSection } from "./testing/factories";
import { createEnrollment } from "./testing/roster-factories";
import { rejection } from "./testing/engine";
import { findAccountLearners } from "./find-account-learners";
import { addLearnerOnBehalf } from "./add-learner-on-behalf";
import { enrollLearner } from "./enroll-learner";
import { dropEnrollment } from "./drop-enrollment";
import { listSectionRoster } from "./list-section-roster";

// Staff at the desk: find an account, add its learner, enroll on its behalf; remove someone and the
// roster shows the waitlist move up. The engine's own rules are tested beside it.

let staff: Actor, parent: Actor, member: Actor;
const year = new Date().getUTCFullYear();

beforeAll(async () => {
  [staff, parent, member] = await Promise.all([createActor(["STAFF"]), createActor(["MEMBER"], { name: "Ayesha Siddiqui" }), createActor(["MEMBER"])]);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("finding an account's learners", () => {
  it("finds the account by email in any case, with its own profile first, then its children", async () => {
    await createLearner({ name: "Zoya Siddiqui", guardianIds: [parent.id], birthYear: year - 9 });
    await createLearner({ name: "Ali Siddiqui", guardianIds: [parent.id], birthYear: year - 11 });
    await addLearnerOnBehalf(db, staff, { kind: "self", userId: parent.id, birthYear: year - 38 });
    const found = await findAccountLearners(db, staff, { email: ` ${parent.email.toUpperCase()} ` });
    expect(found?.account).toEqual({ id: parent.id, name: "Ayesha Siddiqui", email: parent.email });
    expect(found?.learners.map((l) => l.name)).toEqual(["Ayesha Siddiqui", "Ali Siddiqui", "Zoya Siddiqui"]);
    expect(await findAccountLearners(db, staff, { email: "nobody-here@test.example" })).toBeNull();
  });

  it("is for staff, and refuses a malformed email", async () => {
    expect((await rejection(findAccountLearners(db, member, { email: parent.email }))).code).toBe("forbidden");
    expect((await rejection(findAccountLearners(db, staff, { email: "not an email" }))).issues.map((i) => i.path)).toEqual(["email"]);
  });
});

describe("adding a learner on someone's behalf", () => {
  it("adds a child with the account as guardian, audited", async () => {
    const account = await createActor(["MEMBER"]);
    const child = await addLearnerOnBehalf(db, staff, { kind: "child", userId: account.id, name: "  Hira  ", birthYear: String(year - 8) });
    expect(child).toMatchObject({ name: "Hira", birthYear: year - 8, userId: null });
    expect(await db.learnerGuardian.findMany({ where: { learnerId: child.id } })).toEqual([expect.objectContaining({ userId: account.id })]);
    expect(await db.auditLog.findFirst({ where: { entity: "Learner", entityId: child.id } })).toMatchObject({ actorId: staff.id, action: "learner.addOnBehalf" });
  });

  it("adds the account holder's own profile once, named after the account", async () => {
    const account = await createActor(["MEMBER"], { name: "Kamran Javed" });
    expect(await addLearnerOnBehalf(db, staff, { kind: "self", userId: account.id, birthYear: year - 40 })).toMatchObject({ name: "Kamran Javed", userId: account.id });
    const again = await rejection(addLearnerOnBehalf(db, staff, { kind: "self", userId: account.id, birthYear: year - 40 }));
    expect([again.code, again.messageKey]).toEqual(["conflict", "courseRosters.errors.selfLearnerExists"]);
    // Two desks at once: one profile, one conflict.
    const other = await createActor(["MEMBER"]);
    const results = await Promise.allSettled([0, 1].map(() => addLearnerOnBehalf(db, staff, { kind: "self", userId: other.id, birthYear: year - 30 })));
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.learner.count({ where: { userId: other.id } })).toBe(1);
  });

  it("refuses bad input, an unknown account and anyone but staff, writing nothing", async () => {
    const before = await db.learner.count();
    expect((await rejection(addLearnerOnBehalf(db, staff, { kind: "child", userId: parent.id, name: "", birthYear: year - 8 }))).issues.map((i) => i.path)).toEqual(["name"]);
    expect((await rejection(addLearnerOnBehalf(db, staff, { kind: "child", userId: parent.id, name: "X", birthYear: 1066 }))).code).toBe("invalid");
    expect((await rejection(addLearnerOnBehalf(db, staff, { kind: "pet", userId: parent.id, name: "Rex", birthYear: year - 3 }))).code).toBe("invalid");
    expect((await rejection(addLearnerOnBehalf(db, staff, { kind: "child", userId: "no-such-user", name: "X", birthYear: year - 8 }))).code).toBe("not_found");
    expect((await rejection(addLearnerOnBehalf(db, member, { kind: "child", userId: member.id, name: "X", birthYear: year - 8 }))).code).toBe("forbidden");
    expect(await db.learner.count()).toBe(before);
  });
});

describe("enrolling and removing from the roster", () => {
  it("enrolls the looked-up learner on the account's behalf, or queues them when the section is full", async () => {
    const section = await createSection({ capacity: 1, audience: "CHILDREN" });
    const account = await createActor(["MEMBER"]);
    const first = await addLearnerOnBehalf(db, staff, { kind: "child", userId: account.id, name: "Sara", birthYear: year - 8 });
    const second = await addLearnerOnBehalf(db, staff, { kind: "child", userId: account.id, name: "Bilal", birthYear: year - 9 });
    expect(await enrollLearner(db, staff, { sectionId: section.id, learnerId: first.id })).toMatchObject({ outcome: "enrolled", enrollment: { enrolledById: staff.id } });
    expect(await enrollLearner(db, staff, { sectionId: section.id, learnerId: second.id, acknowledgeClash: "on" })).toMatchObject({ outcome: "waitlisted", position: 1 });
  });

  it("removing an enrolled learner offers the place to the first on the waitlist, and the roster shows it", async () => {
    const section = await createSection({ capacity: 1 });
    const [enrolled, firstWaiting, secondWaiting] = await Promise.all(
      ["Enrolled", "First", "Second"].map((name) => createLearner({ name: `${name} Learner`, guardianIds: [member.id] })),
    );
    const held = await createEnrollment({ sectionId: section.id, learnerId: enrolled.id, enrolledById: member.id });
    await createEnrollment({ sectionId: section.id, learnerId: firstWaiting.id, enrolledById: member.id, status: "WAITLISTED" });
    await createEnrollment({ sectionId: section.id, learnerId: secondWaiting.id, enrolledById: member.id, status: "WAITLISTED" });

    await dropEnrollment(db, staff, held.id, { reason: "Moved to Lahore." });
    const { roster, counts } = await listSectionRoster(db, staff, section.id);
    expect(roster.rows.map((row) => [row.learner.name, row.status, row.position])).toEqual([
      ["First Learner", "OFFERED", null],
      ["Second Learner", "WAITLISTED", 1],
    ]);
    expect(counts).toMatchObject({ CANCELLED: 1, OFFERED: 1, WAITLISTED: 1 });
    expect(await db.auditLog.findFirst({ where: { entityId: held.id, action: "enrollment.remove" } })).toMatchObject({ actorId: staff.id });
  });
});
