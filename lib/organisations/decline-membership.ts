import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { queueNotification } from "@/lib/notifications/queue-notification";
import { ACCOUNT_NOTIFICATIONS, ORGANISATION_AUDIT, membershipEntityId } from "./events";
import { decideMembership } from "./decide-membership";
import { DeclineMembershipSchema } from "./schemas";

/** A school's lead or staff decline a request, with a reason the person reads. They may ask again later. */
export async function declineMembership(db: Db, actor: Actor | null, input: unknown, now = new Date()) {
  const { reason, ...key } = parseInput(DeclineMembershipSchema, input);
  return decideMembership(db, actor, key, async (tx, reviewer, membership) => {
    const updated = await tx.membership.update({
      where: { organizationId_userId: key },
      data: { declinedAt: now, declineReason: reason },
    });
    await recordAudit(tx, {
      actor: reviewer,
      action: ORGANISATION_AUDIT.decline,
      entity: "Membership",
      entityId: membershipEntityId(key),
      before: { declinedAt: null },
      after: { declinedAt: now, reason },
    });
    await queueNotification(tx, {
      user: membership.user,
      template: ACCOUNT_NOTIFICATIONS.membershipDeclined,
      payload: { name: membership.user.name, organization: membership.organization.name, reason },
    });
    return updated;
  });
}
