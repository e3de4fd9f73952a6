import { toCsv } from "@/lib/export/to-csv";
import type { AuditEntry } from "./list-audit-entries";

/** The CSV columns of the audit export (English headers: a machine-readable file, like the API). */
const COLUMNS = ["createdAt", "actorEmail", "actorId", "action", "entity", "entityId", "before", "after", "ip", "userAgent"] as const;

export function auditCsv(rows: readonly AuditEntry[]): string {
  return toCsv(
    COLUMNS,
    rows.map((row) => [
      row.createdAt,
      row.actor?.email ?? "",
      row.actorId ?? "",
      row.action,
      row.entity,
      row.entityId,
      row.before == null ? "" : JSON.stringify(row.before),
      row.after == null ? "" : JSON.stringify(row.after),
      row.ip ?? "",
      row.userAgent ?? "",
    ]),
  );
}

export const auditCsvFilename = (now: Date) => `audit-log-${now.toISOString().slice(0, 10)}.csv`;
