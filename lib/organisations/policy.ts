import { ROLE_ORGANIZATION, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/authorize";
import type { GrantedPermission } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrganizationKind, Role } from "@/lib/generated/prisma/enums";
import type { MembershipStatus } from "./schemas";

/**
 * Who may do what with organisations and memberships, answered once. Services enforce it; pages ask
 * it what to show. Staff (who may verify accounts) review every membership; an organisation's
 * verified lead reviews the requests to join that organisation, once staff have verified it.
 */

export const ORGANISATION_PERMISSIONS = {
  /** Staff: approve or decline any membership, verify organisations. */
  reviewAny: "verify:account:any",
} as const satisfies Record<string, GrantedPermission>;

export const mayReviewAnyMembership = (actor: Actor | null | undefined) => can(actor, ORGANISATION_PERMISSIONS.reviewAny);

/** The organisations the actor leads: verified LEAD memberships of verified organisations. */
export function ledOrganisationIds(actor: Actor | null | undefined): string[] {
  if (!actor) return [];
  return actor.memberships.filter((m) => m.role === "LEAD" && m.verified).map((m) => m.organizationId);
}

/** Whether the actor may see an organisation's members and requests: staff, or its verified lead. Others get 404. */
export function maySeeMembers(actor: Actor | null | undefined, organizationId: string): boolean {
  return mayReviewAnyMembership(actor) || ledOrganisationIds(actor).includes(organizationId);
}

/** A membership waits for a decision until someone approves or declines it. */
export const PENDING_MEMBERSHIP = { verifiedAt: null, declinedAt: null } as const satisfies Prisma.MembershipWhereInput;

/** The pending memberships the actor may decide, as a Prisma filter: staff all, a lead their organisations', anyone else none. */
export function pendingMembershipsWhere(actor: Actor | null | undefined): Prisma.MembershipWhereInput {
  if (mayReviewAnyMembership(actor)) return PENDING_MEMBERSHIP;
  return { ...PENDING_MEMBERSHIP, organizationId: { in: ledOrganisationIds(actor) }, organization: { verifiedAt: { not: null } } };
}

export type MembershipDecision = "approve" | "decline";
export type MembershipRefusal = "notFound" | "forbidden" | "alreadyDecided";

interface MembershipFacts {
  organizationId: string;
  userId: string;
  verifiedAt: Date | null;
  declinedAt: Date | null;
  organization: { verifiedAt: Date | null };
}

/**
 * Why the actor may not approve or decline this membership, or null when they may. Nobody decides
 * their own membership; the first member of an unverified organisation (its founder) is for staff,
 * and approving it verifies the organisation too. Services throw on a reason; pages show the
 * decisions with none. Approving and declining follow the same rule.
 */
export function membershipRefusal(actor: Actor | null | undefined, membership: MembershipFacts): MembershipRefusal | null {
  if (!actor || !maySeeMembers(actor, membership.organizationId)) return "notFound";
  if (membership.userId === actor.id) return "forbidden";
  if (!mayReviewAnyMembership(actor) && membership.organization.verifiedAt === null) return "forbidden";
  if (membership.verifiedAt !== null || membership.declinedAt !== null) return "alreadyDecided";
  return null;
}

const DECISIONS: readonly MembershipDecision[] = ["approve", "decline"];

export function allowedMembershipDecisions(actor: Actor | null | undefined, membership: MembershipFacts): MembershipDecision[] {
  return membershipRefusal(actor, membership) === null ? [...DECISIONS] : [];
}

/** Where a membership stands, for the person and for reviewers. */
export function membershipStatus(membership: { verifiedAt: Date | null; declinedAt: Date | null; organization: { verifiedAt: Date | null } }): MembershipStatus {
  if (membership.declinedAt !== null) return "declined";
  return membership.verifiedAt !== null && membership.organization.verifiedAt !== null ? "verified" : "pending";
}

/** The role a verified membership of this kind of organisation makes effective (school → coordinator). */
export function roleForKind(kind: OrganizationKind): Role {
  const entry = Object.entries(ROLE_ORGANIZATION).find(([, k]) => k === kind);
  if (!entry) throw new Error(`no role for organisation kind ${kind}`);
  return entry[0] as Role;
}

/** Who may ask to join a school: someone who holds the school-coordinator role (verified or not). */
export function mayRequestToJoinSchool(actor: Actor | null | undefined): boolean {
  const role = roleForKind("SCHOOL");
  return !!actor && (actor.roles.includes(role) || actor.pendingRoles.includes(role));
}
