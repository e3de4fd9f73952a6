import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { invalid } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { ORGANISATION_AUDIT } from "./events";
import type { NewOrganisation } from "./schemas";

/**
 * A new school or company, registered by its founder at sign-up: the organisation and the founder's
 * LEAD membership start unverified, and count once staff approve the founder (which verifies the
 * organisation). A school whose name a verified school already has is refused: the teacher should
 * ask to join it instead. Runs inside the caller's transaction (the account is created with it).
 */
export async function registerOrganisation(
  tx: Tx,
  founder: Actor,
  { kind, name, city }: NewOrganisation & { kind: OrganizationKind },
  { namePath = "name" }: { namePath?: string } = {},
) {
  if (kind === "SCHOOL") {
    const taken = await tx.organization.findFirst({
      where: { kind, verifiedAt: { not: null }, name: { equals: name, mode: "insensitive" } },
      select: { id: true },
    });
    if (taken) throw invalid("errors.invalidInput", {}, [{ path: namePath, messageKey: "validation.schoolExists" }]);
  }
  const organization = await tx.organization.create({
    data: { kind, name, city, memberships: { create: { userId: founder.id, role: "LEAD" } } },
    select: { id: true, kind: true, name: true, city: true },
  });
  await recordAudit(tx, {
    actor: founder,
    action: ORGANISATION_AUDIT.register,
    entity: "Organization",
    entityId: organization.id,
    after: { kind, name, city, lead: founder.id },
  });
  return organization;
}
