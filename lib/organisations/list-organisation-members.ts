import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { notFound, unauthenticated } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findPage } from "@/lib/paging";
import { parseInput } from "@/lib/validation";
import { allowedMembershipDecisions, maySeeMembers, membershipStatus } from "./policy";
import { OrganisationIdSchema, OrganisationMembersQuerySchema, type MembershipStatus } from "./schemas";

const STATUS_WHERE: Record<MembershipStatus, Prisma.MembershipWhereInput> = {
  pending: { declinedAt: null, OR: [{ verifiedAt: null }, { organization: { verifiedAt: null } }] },
  verified: { declinedAt: null, verifiedAt: { not: null }, organization: { verifiedAt: { not: null } } },
  declined: { declinedAt: { not: null } },
};

const ORDER: Record<string, (dir: Prisma.SortOrder) => Prisma.MembershipOrderByWithRelationInput> = {
  requestedAt: (dir) => ({ createdAt: dir }),
  person: (dir) => ({ user: { name: dir } }),
};

/**
 * One organisation (`organizationId` in the input, beside the page query) and its people (members, requests, declined requests), paged, for its verified
 * lead or staff; anyone else gets not_found. Each row says which decisions the actor may take.
 */
export async function listOrganisationMembers(db: Db, actor: Actor | null, input: unknown) {
  if (!actor) throw unauthenticated();
  const { organizationId } = parseInput(OrganisationIdSchema, input);
  if (!maySeeMembers(actor, organizationId)) throw notFound();
  const query = parseInput(OrganisationMembersQuerySchema, input);
  const organization = await db.organization.findUnique({ where: { id: organizationId }, select: { id: true, name: true, kind: true, city: true, verifiedAt: true } });
  if (!organization) throw notFound();
  const where: Prisma.MembershipWhereInput = { organizationId, ...(query.status ? STATUS_WHERE[query.status] : {}) };
  const members = await findPage(
    query,
    async (window) => {
      const rows = await db.membership.findMany({
        where,
        select: {
          organizationId: true,
          userId: true,
          role: true,
          verifiedAt: true,
          declinedAt: true,
          declineReason: true,
          createdAt: true,
          user: { select: { name: true, email: true } },
        },
        orderBy: [ORDER[query.sort](query.dir), { userId: "asc" }],
        ...window,
      });
      return rows.map((row) => {
        const facts = { ...row, organization };
        return { ...row, status: membershipStatus(facts), decisions: allowedMembershipDecisions(actor, facts) };
      });
    },
    () => db.membership.count({ where }),
  );
  // The parsed query goes back too: the page sorts its headers and pages by it.
  return { organization, members, query };
}
