import "server-only";
import type { Db, Tx } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { conflict, forbidden, notFound, unauthenticated, type DomainError } from "@/lib/errors";
import { maySeeMembers, membershipRefusal, type MembershipRefusal } from "./policy";

/** What a decision reads about the membership it decides. */
const FOR_DECISION = {
  organization: { select: { id: true, kind: true, name: true, verifiedAt: true } },
  user: { select: { id: true, email: true, name: true, locale: true } },
} as const;

export type MembershipForDecision = NonNullable<Awaited<ReturnType<typeof loadForDecision>>>;

/** The one mapping from a policy refusal to the error a caller sees. */
export function refusalError(refusal: MembershipRefusal): DomainError {
  switch (refusal) {
    case "notFound":
      return notFound();
    case "forbidden":
      return forbidden();
    case "alreadyDecided":
      return conflict("errors.membershipDecided");
  }
}

async function loadForDecision(tx: Tx, key: { organizationId: string; userId: string }) {
  // Locks the row: two reviewers deciding at once are served one after the other.
  await tx.$queryRaw`SELECT 1 FROM "Membership" WHERE "organizationId" = ${key.organizationId} AND "userId" = ${key.userId} FOR UPDATE`;
  return tx.membership.findUnique({ where: { organizationId_userId: key }, include: FOR_DECISION });
}

/**
 * The frame of every membership decision: who may decide is checked before any row is locked (a
 * stranger gets not_found at once), then in one transaction the row is locked, the policy asked
 * again with the facts, and `apply` writes the change, its audit row and the person's notice.
 */
export async function decideMembership<T>(
  db: Db,
  actor: Actor | null,
  key: { organizationId: string; userId: string },
  apply: (tx: Tx, actor: Actor, membership: MembershipForDecision) => Promise<T>,
): Promise<T> {
  if (!actor) throw unauthenticated();
  if (!maySeeMembers(actor, key.organizationId)) throw notFound();
  return db.$transaction(async (tx) => {
    const membership = await loadForDecision(tx, key);
    if (!membership) throw notFound();
    const refusal = membershipRefusal(actor, membership);
    if (refusal) throw refusalError(refusal);
    return apply(tx, actor, membership);
  });
}
