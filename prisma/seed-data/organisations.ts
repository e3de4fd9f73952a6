// Demo schools and companies with their memberships: a verified school with its lead and a colleague
// (who share the school's field trips), a school awaiting verification, and a verified company.
import { createHash } from "node:crypto";
import { MembershipRole, OrganizationKind } from "../../lib/generated/prisma/enums";
import type { AccountIds, AccountKey } from "./accounts";
import type { SeedDb } from "./util";

export interface DemoOrganisation {
  kind: OrganizationKind;
  name: string;
  city: string;
  verified: boolean;
  /** Members and their role; a member's membership is verified when their demo account is. */
  members: { account: AccountKey; role: MembershipRole; verified: boolean }[];
}

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    kind: OrganizationKind.SCHOOL,
    name: "Islamabad Model School for Girls, F-7/2",
    city: "Islamabad",
    verified: true,
    members: [
      { account: "coordinator", role: MembershipRole.LEAD, verified: true },
      { account: "colleague", role: MembershipRole.MEMBER, verified: true },
    ],
  },
  {
    kind: OrganizationKind.SCHOOL,
    name: "Islamabad Model College for Boys, F-8/4",
    city: "Islamabad",
    verified: false,
    members: [{ account: "pendingCoordinator", role: MembershipRole.LEAD, verified: false }],
  },
  {
    // The company of the business registry entry the demo business account owns (same name).
    kind: OrganizationKind.BUSINESS,
    name: "Clocktower Denim Mills (Pvt) Ltd",
    city: "Faisalabad",
    verified: true,
    members: [{ account: "business", role: MembershipRole.LEAD, verified: true }],
  },
];

/**
 * The id the organisations migration gave an organisation made from an account's free-text
 * organisation (md5 of kind and lower-cased name), so a migrated demo database and a fresh seed agree.
 */
export function demoOrganisationId(kind: OrganizationKind, name: string): string {
  return `org_${createHash("md5").update(kind + name.toLowerCase()).digest("hex")}`;
}

/**
 * Creates missing demo organisations and memberships and restores their demo state (e.g. the pending
 * school verified while someone tried the demo). Rows already in that state are not written, so a
 * second run changes nothing. Staff verification is attributed to the demo admin.
 */
export async function seedOrganisations(db: SeedDb, ids: AccountIds, now: Date) {
  for (const org of DEMO_ORGANISATIONS) {
    const id = demoOrganisationId(org.kind, org.name);
    const verification = (verified: boolean) => ({ verifiedAt: verified ? now : null, verifiedById: verified ? ids.admin : null });
    const existing = await db.organization.findUnique({ where: { id } });
    if (!existing) {
      await db.organization.create({ data: { id, kind: org.kind, name: org.name, city: org.city, ...verification(org.verified) } });
    } else if (existing.kind !== org.kind || existing.name !== org.name || existing.city !== org.city || (existing.verifiedAt !== null) !== org.verified) {
      const keepVerification = (existing.verifiedAt !== null) === org.verified;
      await db.organization.update({
        where: { id },
        data: { kind: org.kind, name: org.name, city: org.city, ...(keepVerification ? {} : verification(org.verified)) },
      });
    }

    for (const member of org.members) {
      const key = { organizationId: id, userId: ids[member.account] };
      const current = await db.membership.findUnique({ where: { organizationId_userId: key } });
      const state = { role: member.role, declinedAt: null, declineReason: null, ...verification(member.verified) };
      if (!current) {
        await db.membership.create({ data: { ...key, ...state } });
      } else if (current.role !== member.role || current.declinedAt !== null || (current.verifiedAt !== null) !== member.verified) {
        const keepVerification = (current.verifiedAt !== null) === member.verified;
        await db.membership.update({
          where: { organizationId_userId: key },
          data: { role: member.role, declinedAt: null, declineReason: null, ...(keepVerification ? {} : verification(member.verified)) },
        });
      }
    }
  }
}
