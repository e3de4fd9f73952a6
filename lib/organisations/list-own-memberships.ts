import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { unauthenticated } from "@/lib/errors";
import { membershipStatus } from "./policy";

/** A person belongs to a handful of organisations at most; more than this is not a real account. */
const OWN_MEMBERSHIPS_SHOWN = 50;

/** The signed-in person's memberships: organisation, kind, role and where each stands (with a decline's reason). */
export async function listOwnMemberships(db: Db, actor: Actor | null) {
  if (!actor) throw unauthenticated();
  const memberships = await db.membership.findMany({
    where: { userId: actor.id },
    select: {
      organizationId: true,
      role: true,
      verifiedAt: true,
      declinedAt: true,
      declineReason: true,
      createdAt: true,
      organization: { select: { name: true, kind: true, city: true, verifiedAt: true } },
    },
    orderBy: [{ createdAt: "asc" }, { organizationId: "asc" }],
    take: OWN_MEMBERSHIPS_SHOWN,
  });
  return memberships.map((m) => ({ ...m, status: membershipStatus(m) }));
}
