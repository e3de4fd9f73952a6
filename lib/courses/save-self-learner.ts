import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { parseInput } from "@/lib/validation";
import { COURSE_PERMISSIONS } from "./policy";
import { SaveSelfLearnerSchema } from "./schemas";
import { auditCourse } from "./events";
import { LEARNER_WITH_GUARDIANS } from "./learner-shape";

/**
 * The account holder as a learner: created on first use, its birth year updated after; the name is
 * always the account's. One per account (unique `userId`), so concurrent saves converge on one row.
 */
export async function saveSelfLearner(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, COURSE_PERMISSIONS.enrollOwn);
  const data = parseInput(SaveSelfLearnerSchema, input);
  return db.$transaction(async (tx) => {
    const before = await tx.learner.findUnique({ where: { userId: actor.id }, select: { name: true, birthYear: true } });
    const learner = await tx.learner.upsert({
      where: { userId: actor.id },
      create: { userId: actor.id, name: actor.name, birthYear: data.birthYear },
      update: { name: actor.name, birthYear: data.birthYear },
      include: LEARNER_WITH_GUARDIANS,
    });
    await auditCourse(tx, {
      actorId: actor.id,
      client: actor.client,
      action: "learner.saveSelf",
      entity: "Learner",
      entityId: learner.id,
      before: before ?? undefined,
      after: { name: learner.name, birthYear: learner.birthYear },
    });
    return learner;
  });
}
