import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit";
import { conflict, fromDatabaseError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { COURSE_PERMISSIONS } from "./policy";
import { AddLearnerOnBehalfSchema } from "./roster-schemas";

/**
 * Staff add a learner to someone's account at the desk, before enrolling them: the account holder's
 * own profile (named after the account, one per account) or a child with the account as guardian.
 */
export async function addLearnerOnBehalf(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, COURSE_PERMISSIONS.manageEnrollments);
  const data = parseInput(AddLearnerOnBehalfSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const account = await tx.user.findUnique({ where: { id: data.userId }, select: { id: true, name: true } });
      if (!account) throw notFound();
      if (data.kind === "self" && (await tx.learner.findUnique({ where: { userId: account.id } }))) throw conflict("courseRosters.errors.selfLearnerExists");
      const learner = await tx.learner.create({
        data: {
          name: data.kind === "self" ? account.name : data.name,
          birthYear: data.birthYear,
          userId: data.kind === "self" ? account.id : null,
          // A child is looked after by the account; an adult's own profile is theirs through userId.
          guardians: data.kind === "child" ? { create: { userId: account.id } } : undefined,
        },
      });
      await recordAudit(tx, {
        actor,
        action: "learner.addOnBehalf",
        entity: "Learner",
        entityId: learner.id,
        after: { name: learner.name, birthYear: learner.birthYear, accountId: account.id, kind: data.kind },
      });
      return learner;
    });
  } catch (error) {
    // Two desks adding the same account's own profile at once: the unique userId refuses the second.
    throw fromDatabaseError(error, "courseRosters.errors.selfLearnerExists") ?? error;
  }
}
