import { describe, expect, it } from "vitest";
import { createActor, db } from "@/tests/support/factories";
import { createSection } from "./testing/factories";
import { bornAgo, rejection } from "./testing/engine";
import { addLearner } from "./add-learner";
import { saveSelfLearner } from "./save-self-learner";
import { addGuardian } from "./add-guardian";
import { listOwnLearners } from "./list-own-learners";
import { enrollLearner } from "./enroll-learner";
import { listOwnEnrollments } from "./list-own-enrollments";
import { getEnrollment } from "./get-enrollment";
import { dropEnrollment } from "./drop-enrollment";

describe("learner profiles", () => {
  it("a parent adds a child and saves themself as a learner; each sees only their own", async () => {
    const parent = await createActor(["MEMBER"], { name: "Amina Khan" });
    const child = await addLearner(db, parent, { name: "  Sara Khan ", birthYear: bornAgo(9) });
    expect(child).toMatchObject({ name: "Sara Khan", userId: null, guardians: [{ userId: parent.id }] });
    const self = await saveSelfLearner(db, parent, { birthYear: bornAgo(38) });
    expect(self).toMatchObject({ name: "Amina Khan", userId: parent.id });
    // Saving again updates the same row.
    const again = await saveSelfLearner(db, parent, { birthYear: bornAgo(39) });
    expect(again.id).toBe(self.id);
    expect(await db.auditLog.count({ where: { entityId: self.id, action: "learner.saveSelf" } })).toBe(2);

    const own = await listOwnLearners(db, parent);
    expect(own.map((l) => [l.name, l.self])).toEqual([["Amina Khan", true], ["Sara Khan", false]]);
    const stranger = await createActor(["MEMBER"]);
    expect(await listOwnLearners(db, stranger)).toEqual([]);
  });

  it("validates names and birth years, and only members may add learners", async () => {
    const parent = await createActor(["MEMBER"]);
    const refused = await rejection(addLearner(db, parent, { name: "", birthYear: 1800 }));
    expect(refused.issues.map((i) => i.path).sort()).toEqual(["birthYear", "name"]);
    await expect(rejection(addLearner(db, await createActor(["TEACHER"]), { name: "X", birthYear: 2015 }))).resolves.toMatchObject({ code: "forbidden" });
    await expect(rejection(addLearner(db, null, { name: "X", birthYear: 2015 }))).resolves.toMatchObject({ code: "unauthenticated" });
  });
});

describe("guardians", () => {
  it("a second guardian sees and manages the child's enrollments; a third is refused", async () => {
    const mother = await createActor(["MEMBER"]);
    const father = await createActor(["MEMBER"]);
    const aunt = await createActor(["MEMBER"]);
    const child = await addLearner(db, mother, { name: "Ali", birthYear: bornAgo(10) });
    const section = await createSection({ audience: "CHILDREN" });
    const { enrollment } = await enrollLearner(db, mother, { sectionId: section.id, learnerId: child.id });

    await expect(rejection(getEnrollment(db, father, enrollment.id))).resolves.toMatchObject({ code: "not_found" });
    const withFather = await addGuardian(db, mother, child.id, { email: father.email.toUpperCase() });
    expect(withFather.guardians.map((g) => g.userId)).toEqual([mother.id, father.id]);
    expect(await db.outboxMessage.count({ where: { userId: father.id, template: "course.guardianAdded" } })).toBe(1);

    expect((await listOwnEnrollments(db, father)).rows.map((r) => r.id)).toEqual([enrollment.id]);
    await expect(getEnrollment(db, father, enrollment.id)).resolves.toMatchObject({ id: enrollment.id });
    expect((await listOwnLearners(db, father)).map((l) => l.id)).toEqual([child.id]);

    await expect(rejection(addGuardian(db, mother, child.id, { email: aunt.email }))).resolves.toMatchObject({ code: "conflict", messageKey: "errors.courses.tooManyGuardians", params: { max: 2 } });
    await expect(rejection(addGuardian(db, father, child.id, { email: mother.email }))).resolves.toMatchObject({ code: "conflict", messageKey: "errors.courses.alreadyGuardian" });
    await expect(rejection(addGuardian(db, aunt, child.id, { email: aunt.email }))).resolves.toMatchObject({ code: "not_found" });
    await expect(rejection(addGuardian(db, mother, child.id, { email: "nobody@nowhere.example" }))).resolves.toMatchObject({ code: "invalid", messageKey: "errors.courses.guardianNotFound" });

    // Either guardian may drop.
    await expect(dropEnrollment(db, father, enrollment.id)).resolves.toMatchObject({ enrollment: { status: "CANCELLED" } });
  });

  it("two guardians added at once cannot pass the limit", async () => {
    const mother = await createActor(["MEMBER"]);
    const candidates = await Promise.all([1, 2, 3, 4].map(() => createActor(["MEMBER"])));
    const child = await addLearner(db, mother, { name: "Zara", birthYear: bornAgo(7) });
    const results = await Promise.allSettled(candidates.map((c) => addGuardian(db, mother, child.id, { email: c.email })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.learnerGuardian.count({ where: { learnerId: child.id } })).toBe(2);
  });
});
