import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { queueNotification } from "@/lib/notifications/queue-notification";
import { ACCOUNT_NOTIFICATIONS, ORGANISATION_AUDIT, membershipEntityId } from "./events";
import { decideMembership } from "./decide-membership";
import { roleForKind } from "./policy";
import { MembershipKeySchema } from "./schemas";

/**
 * A school's lead approves a colleague, or staff approve anyone. Approving the founder of an
 * unverified organisation (staff only, see policy) verifies the organisation too. The person's role
 * (coordinator, business) counts from the next request on, since `toActor` reads memberships.
 */
export async function approveMembership(db: Db, actor: Actor | null, input: unknown, now = new Date()) {
  const key = parseInput(MembershipKeySchema, input);
  return decideMembership(db, actor, key, async (tx, reviewer, membership) => {
    const updated = await tx.membership.update({
      where: { organizationId_userId: key },
      data: { verifiedAt: now, verifiedById: reviewer.id },
    });
    const organization = membership.organization;
    if (organization.verifiedAt === null) {
      await tx.organization.update({ where: { id: organization.id }, data: { verifiedAt: now, verifiedById: reviewer.id } });
      await recordAudit(tx, {
        actor: reviewer,
        action: ORGANISATION_AUDIT.verify,
        entity: "Organization",
        entityId: organization.id,
        before: { verifiedAt: null },
        after: { verifiedAt: now },
      });
    }
    // The membership grants the role of its kind: make sure the person holds it, and stamp the
    // role's own verification for readers of the older column.
    const role = roleForKind(organization.kind);
    await tx.userRole.upsert({
      where: { userId_role: { userId: key.userId, role } },
      create: { userId: key.userId, role, verifiedAt: now, verifiedById: reviewer.id },
      update: {},
    });
    await tx.userRole.updateMany({ where: { userId: key.userId, role, verifiedAt: null }, data: { verifiedAt: now, verifiedById: reviewer.id } });

    await recordAudit(tx, {
      actor: reviewer,
      action: ORGANISATION_AUDIT.approve,
      entity: "Membership",
      entityId: membershipEntityId(key),
      before: { verifiedAt: null },
      after: { verifiedAt: now, role: updated.role },
    });
    await queueNotification(tx, {
      user: membership.user,
      template: ACCOUNT_NOTIFICATIONS.membershipApproved,
      payload: { name: membership.user.name, organization: organization.name },
    });
    return updated;
  });
}
