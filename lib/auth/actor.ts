import type { MembershipRole, OrganizationKind, Role } from "@/lib/generated/prisma/enums";

/** A membership as services see it: verified only when both the membership and the organisation are. */
export interface ActorMembership {
  organizationId: string;
  kind: OrganizationKind;
  role: MembershipRole;
  verified: boolean;
}

/**
 * The signed-in person as services see them: effective roles, roles awaiting verification, and
 * organisation memberships. Client address and user agent travel with the actor so audit rows can
 * say where a change came from.
 */
export interface Actor {
  id: string;
  email: string;
  name: string;
  locale: string;
  roles: Role[];
  pendingRoles: Role[];
  memberships: ActorMembership[];
  client?: { ip?: string; userAgent?: string };
  /** The session this request came with (see `loadActor`); absent outside requests. */
  sessionId?: string;
}

/** The kind of organisation whose verified membership makes a role count. */
export const ROLE_ORGANIZATION: Partial<Record<Role, OrganizationKind>> = { SCHOOL_COORDINATOR: "SCHOOL", BUSINESS: "BUSINESS" };

/** What `toActor` reads: a user with roles and memberships (`ACTOR_INCLUDE`). */
export const ACTOR_INCLUDE = {
  roles: true,
  memberships: { include: { organization: { select: { kind: true, verifiedAt: true } } } },
} as const;

export interface ActorSource {
  id: string;
  email: string;
  name: string;
  locale: string;
  roles: { role: Role }[];
  memberships: { organizationId: string; role: MembershipRole; verifiedAt: Date | null; organization: { kind: OrganizationKind; verifiedAt: Date | null } }[];
}

/**
 * A role tied to an organisation kind (school coordinator, business) counts once the person holds a
 * verified membership of a verified organisation of that kind; until then it is pending.
 */
export function toActor(user: ActorSource): Actor {
  const memberships: ActorMembership[] = user.memberships.map((m) => ({
    organizationId: m.organizationId,
    kind: m.organization.kind,
    role: m.role,
    verified: m.verifiedAt !== null && m.organization.verifiedAt !== null,
  }));
  const isEffective = (role: Role) => {
    const kind = ROLE_ORGANIZATION[role];
    return !kind || memberships.some((m) => m.kind === kind && m.verified);
  };
  const roles = user.roles.map((r) => r.role);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    roles: roles.filter(isEffective),
    pendingRoles: roles.filter((role) => !isEffective(role)),
    memberships,
  };
}
