import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import type { AccountAuditAction } from "@/lib/accounts/events";
import type { FieldTripAuditAction } from "@/lib/field-trips/events";
import type { OrganisationAuditAction } from "@/lib/organisations/events";
import type { CourseAuditAction } from "@/lib/courses/event-names";
import type { CourseCatalogueAuditAction } from "@/lib/courses/catalogue-events";
import type { TeachingAuditAction } from "@/lib/courses/teaching-events";

/** Every audited action, from each area's typed list (`lib/<area>/events.ts`). */
export type AuditAction =
  | FieldTripAuditAction
  | OrganisationAuditAction
  | AccountAuditAction
  | CourseAuditAction
  | CourseCatalogueAuditAction
  | TeachingAuditAction
  | LegacyAuditAction;
/** Written by the account-role verification that memberships replace; goes with it. */
type LegacyAuditAction = "verify";

type Snapshot = Prisma.InputJsonValue | null | undefined;

/**
 * Records a change: who, from where (the request's address and user agent), what, before/after.
 * Call inside the transaction that makes the change.
 */
export async function recordAudit(
  tx: Tx,
  entry: { actor: Actor; action: AuditAction; entity: string; entityId: string; before?: Snapshot; after?: Snapshot },
) {
  const toJson = (value: Snapshot) => (value == null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue));
  await tx.auditLog.create({
    data: {
      actorId: entry.actor.id,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
      ip: entry.actor.client?.ip,
      userAgent: entry.actor.client?.userAgent,
    },
  });
}
