import type { GrantedPermission } from "@/lib/auth/permissions";

/** Who may read the audit log. Nobody may change it: PostgreSQL refuses UPDATE and DELETE (migration audit_append_only). */
export const AUDIT_PERMISSIONS = {
  read: "read:audit:any",
} as const satisfies Record<string, GrantedPermission>;

/** The most rows one CSV export holds: a bound so one click cannot stream the whole history. */
export const MAX_AUDIT_EXPORT_ROWS = 10_000;

/** The audit viewer filtered on one record: each record's staff page links its history here. */
export const auditHistoryHref = (entity: string, entityId: string) => ({ pathname: "/admin/audit", query: { entity, entityId } });

/** The kinds of record the audit log names (AuditLog.entity), offered as a filter; each has a label under `admin.audit.entities`. */
export const AUDITED_ENTITIES = ["FieldTripBooking", "VisitSlot", "Exhibition", "Exhibit", "Organization", "Membership", "User"] as const;
