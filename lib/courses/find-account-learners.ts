import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { parseInput } from "@/lib/validation";
import { COURSE_PERMISSIONS, learnersOfAccountWhere } from "./policy";
import { AccountLookupSchema } from "./roster-schemas";

/**
 * Staff enrolling on someone's behalf look up the account by email: its holder and the learners it
 * looks after (its own profile first, then children by name). Null when no account uses the email.
 */
export async function findAccountLearners(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, COURSE_PERMISSIONS.manageEnrollments);
  const { email } = parseInput(AccountLookupSchema, input);
  const account = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true } });
  if (!account) return null;
  const learners = await db.learner.findMany({
    where: learnersOfAccountWhere(account.id),
    select: { id: true, name: true, birthYear: true, userId: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return { account, learners: learners.sort((a, b) => Number(b.userId === account.id) - Number(a.userId === account.id)) };
}

export type AccountLearners = NonNullable<Awaited<ReturnType<typeof findAccountLearners>>>;
