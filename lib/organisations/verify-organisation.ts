import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { conflict, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { ACCOUNT_NOTIFICATIONS, ORGANISATION_AUDIT } from "./events";
import { notifyOrganisationLeads } from "./notify-organisation-leads";
import { ORGANISATION_PERMISSIONS } from "./policy";
import { OrganisationIdSchema } from "./schemas";

/**
 * Staff vouch for an organisation on its own (its members still need approving; approving a
 * founder does this too). Its verified leads are told.
 */
export async function verifyOrganisation(db: Db, actor: Actor | null, input: unknown, now = new Date()) {
  requirePermission(actor, ORGANISATION_PERMISSIONS.reviewAny);
  const { organizationId } = parseInput(OrganisationIdSchema, input);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Organization" WHERE "id" = ${organizationId} FOR UPDATE`;
    const organization = await tx.organization.findUnique({ where: { id: organizationId } });
    if (!organization) throw notFound();
    if (organization.verifiedAt) throw conflict("errors.organisationAlreadyVerified");
    const updated = await tx.organization.update({ where: { id: organizationId }, data: { verifiedAt: now, verifiedById: actor.id } });
    await recordAudit(tx, {
      actor,
      action: ORGANISATION_AUDIT.verify,
      entity: "Organization",
      entityId: organizationId,
      before: { verifiedAt: null },
      after: { verifiedAt: now },
    });
    await notifyOrganisationLeads(tx, organizationId, ACCOUNT_NOTIFICATIONS.organisationVerified, (lead) => ({
      name: lead.name,
      organization: organization.name,
    }));
    return updated;
  });
}
