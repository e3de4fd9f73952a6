import "server-only";
import type { Db, Tx } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { conflict, forbidden, fromDatabaseError, invalid, unauthenticated } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { queueNotification } from "@/lib/notifications/queue-notification";
import { ACCOUNT_NOTIFICATIONS, ORGANISATION_AUDIT, membershipEntityId } from "./events";
import { notifyOrganisationLeads } from "./notify-organisation-leads";
import { mayRequestToJoinSchool } from "./policy";
import { JoinSchoolSchema } from "./schemas";

/** A teacher who holds the coordinator role asks to join another verified school; its lead (or staff) decides. */
export async function requestToJoinSchool(db: Db, actor: Actor | null, input: unknown) {
  if (!actor) throw unauthenticated();
  if (!mayRequestToJoinSchool(actor)) throw forbidden();
  const { organizationId } = parseInput(JoinSchoolSchema, input);
  try {
    return await db.$transaction((tx) => createJoinRequest(tx, actor, organizationId));
  } catch (error) {
    // Two requests at once: the second meets the first one's row.
    throw fromDatabaseError(error, "errors.alreadyMember") ?? error;
  }
}

/**
 * Records a request to join a verified school (a new MEMBER membership, pending), audited, and tells
 * the requester and the school's verified leads. A declined request may be made again. Schools that
 * do not exist and schools not yet verified are refused alike. Runs inside the caller's transaction
 * (registration uses it for a new account).
 */
export async function createJoinRequest(tx: Tx, requester: Actor, organizationId: string, { choicePath = "organizationId" }: { choicePath?: string } = {}) {
  const school = await tx.organization.findFirst({
    where: { id: organizationId, kind: "SCHOOL", verifiedAt: { not: null } },
    select: { id: true, name: true },
  });
  if (!school) throw invalid("errors.invalidInput", {}, [{ path: choicePath, messageKey: "validation.schoolChoice" }]);

  const key = { organizationId, userId: requester.id };
  const existing = await tx.membership.findUnique({ where: { organizationId_userId: key }, select: { declinedAt: true, declineReason: true } });
  if (existing && existing.declinedAt === null) throw conflict("errors.alreadyMember");
  const membership = existing
    ? await tx.membership.update({
        where: { organizationId_userId: key },
        data: { role: "MEMBER", declinedAt: null, declineReason: null, verifiedAt: null, verifiedById: null, createdAt: new Date() },
      })
    : await tx.membership.create({ data: { ...key, role: "MEMBER" } });

  await recordAudit(tx, {
    actor: requester,
    action: ORGANISATION_AUDIT.request,
    entity: "Membership",
    entityId: membershipEntityId(key),
    before: existing ? { declinedAt: existing.declinedAt, declineReason: existing.declineReason } : undefined,
    after: { role: membership.role, status: "pending" },
  });
  await queueNotification(tx, {
    user: requester,
    template: ACCOUNT_NOTIFICATIONS.joinRequested,
    payload: { name: requester.name, organization: school.name },
  });
  await notifyOrganisationLeads(tx, organizationId, ACCOUNT_NOTIFICATIONS.joinRequestReceived, (lead) => ({
    name: lead.name,
    requester: requester.name,
    organization: school.name,
  }));
  return membership;
}
