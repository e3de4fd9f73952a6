import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { conflict, invalid, notFound } from "@/lib/errors";
import { queueNotification } from "@/lib/notifications/queue-notification";
import { id as idSchema, parseInput } from "@/lib/validation";
import { MAX_GUARDIANS_PER_LEARNER } from "./rules";
import { COURSE_PERMISSIONS, countedGuardians, mayAddGuardian, visibleLearnersWhere } from "./policy";
import { AddGuardianSchema } from "./schemas";
import { auditCourse } from "./events";
import { LEARNER_WITH_GUARDIANS } from "./learner-shape";

/**
 * A guardian (or the learner) adds a second guardian by the email of their portal account; both then
 * see and manage the learner's enrollments. At most MAX_GUARDIANS_PER_LEARNER guardians besides the
 * learner's own account, counted under the learner's row lock so two additions at once cannot pass it.
 */
export async function addGuardian(db: Db, actor: Actor | null, learnerId: unknown, input: unknown) {
  requirePermission(actor, COURSE_PERMISSIONS.enrollOwn);
  const id = parseInput(idSchema, learnerId);
  const { email } = parseInput(AddGuardianSchema, input);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Learner" WHERE "id" = ${id} FOR UPDATE`;
    const learner = await tx.learner.findFirst({ where: { AND: [{ id }, visibleLearnersWhere(actor)] }, include: { guardians: { select: { userId: true } } } });
    if (!learner || !mayAddGuardian(actor, learner)) throw notFound("errors.courses.learnerNotFound");
    const guardian = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, locale: true, name: true } });
    if (!guardian) throw invalid("errors.courses.guardianNotFound", {}, [{ path: "email", messageKey: "errors.courses.guardianNotFound" }]);
    if (guardian.id === learner.userId || learner.guardians.some((g) => g.userId === guardian.id)) throw conflict("errors.courses.alreadyGuardian");
    if (countedGuardians(learner) >= MAX_GUARDIANS_PER_LEARNER) throw conflict("errors.courses.tooManyGuardians", { max: MAX_GUARDIANS_PER_LEARNER });
    await tx.learnerGuardian.create({ data: { learnerId: id, userId: guardian.id } });
    await auditCourse(tx, { actorId: actor.id, client: actor.client, action: "learner.addGuardian", entity: "Learner", entityId: id, after: { guardianId: guardian.id } });
    await queueNotification(tx, { user: guardian, template: "course.guardianAdded", payload: { learner: learner.name, by: actor.name } });
    return tx.learner.findUniqueOrThrow({ where: { id }, include: LEARNER_WITH_GUARDIANS });
  });
}
