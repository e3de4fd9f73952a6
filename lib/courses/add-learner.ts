import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { parseInput } from "@/lib/validation";
import { COURSE_PERMISSIONS } from "./policy";
import { AddLearnerSchema } from "./schemas";
import { auditCourse } from "./events";
import { LEARNER_WITH_GUARDIANS } from "./learner-shape";

/** A guardian adds a learner they look after (a child): name and birth year; the actor becomes the first guardian. */
export async function addLearner(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, COURSE_PERMISSIONS.enrollOwn);
  const data = parseInput(AddLearnerSchema, input);
  return db.$transaction(async (tx) => {
    const learner = await tx.learner.create({
      data: { name: data.name, birthYear: data.birthYear, guardians: { create: { userId: actor.id } } },
      include: LEARNER_WITH_GUARDIANS,
    });
    await auditCourse(tx, { actorId: actor.id, client: actor.client, action: "learner.add", entity: "Learner", entityId: learner.id, after: { name: learner.name, birthYear: learner.birthYear } });
    return learner;
  });
}
