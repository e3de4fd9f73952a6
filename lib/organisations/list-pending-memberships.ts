import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { forbidden, unauthenticated } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findPage, type Page } from "@/lib/paging";
import { parseInput } from "@/lib/validation";
import { allowedMembershipDecisions, ledOrganisationIds, mayReviewAnyMembership, pendingMembershipsWhere } from "./policy";
import { PendingMembershipsQuerySchema } from "./schemas";

const ROW = {
  organizationId: true,
  userId: true,
  role: true,
  verifiedAt: true,
  declinedAt: true,
  createdAt: true,
  user: { select: { name: true, email: true } },
  organization: { select: { name: true, kind: true, city: true, verifiedAt: true } },
} as const satisfies Prisma.MembershipSelect;

type Row = Prisma.MembershipGetPayload<{ select: typeof ROW }>;
export type PendingMembership = Row & { decisions: ReturnType<typeof allowedMembershipDecisions> };

const ORDER: Record<string, (dir: Prisma.SortOrder) => Prisma.MembershipOrderByWithRelationInput> = {
  requestedAt: (dir) => ({ createdAt: dir }),
  person: (dir) => ({ user: { name: dir } }),
  organization: (dir) => ({ organization: { name: dir } }),
};

/**
 * Requests waiting for a decision, paged: staff see all, a lead their organisations' (optionally one
 * of them), anyone else is refused. Each row says which decisions the actor may take.
 */
export async function listPendingMemberships(db: Db, actor: Actor | null, input: unknown, { organizationId }: { organizationId?: string } = {}): Promise<Page<PendingMembership>> {
  if (!actor) throw unauthenticated();
  if (!mayReviewAnyMembership(actor) && ledOrganisationIds(actor).length === 0) throw forbidden();
  const query = parseInput(PendingMembershipsQuerySchema, input);
  const where: Prisma.MembershipWhereInput = {
    AND: [pendingMembershipsWhere(actor), query.kind ? { organization: { kind: query.kind } } : {}, organizationId ? { organizationId } : {}],
  };
  return findPage(
    query,
    async (window) => {
      const rows = await db.membership.findMany({
        where,
        select: ROW,
        orderBy: [ORDER[query.sort](query.dir), { createdAt: "asc" }, { userId: "asc" }],
        ...window,
      });
      return rows.map((row) => ({ ...row, decisions: allowedMembershipDecisions(actor, row) }));
    },
    () => db.membership.count({ where }),
  );
}
