import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { COURSE_PERMISSIONS } from "./policy";
import { LEARNER_WITH_GUARDIANS } from "./learner-shape";

/**
 * The learners the actor looks after: themself (if saved as a learner) first, then the learners
 * they are a guardian of, by name. "Own" even for staff, who see every learner elsewhere.
 */
export async function listOwnLearners(db: Db, actor: Actor | null) {
  requirePermission(actor, COURSE_PERMISSIONS.enrollOwn);
  const learners = await db.learner.findMany({
    where: { OR: [{ userId: actor.id }, { guardians: { some: { userId: actor.id } } }] },
    include: LEARNER_WITH_GUARDIANS,
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return learners
    .map((learner) => ({ ...learner, self: learner.userId === actor.id }))
    .sort((a, b) => Number(b.self) - Number(a.self));
}
export type OwnLearner = Awaited<ReturnType<typeof listOwnLearners>>[number];
