import { getActor } from "@/lib/auth/session.server";
import { getDb } from "@/lib/db.server";
import { attachmentResponse } from "@/lib/api/responses";
import { exportAuditEntries } from "@/lib/audit/list-audit-entries";
import { auditCsv, auditCsvFilename } from "@/lib/audit/csv";
import { HTTP_STATUS, isDomainError } from "@/lib/errors";

/**
 * GET /{locale}/admin/audit/export — the audit viewer's rows as CSV: exactly the filters and order of
 * the page, every page of it (bounded). The service checks `read:audit:any`.
 */
export async function GET(request: Request) {
  const input = Object.fromEntries(new URL(request.url).searchParams);
  try {
    const rows = await exportAuditEntries(getDb(), await getActor(), input);
    return attachmentResponse(auditCsv(rows), "text/csv; charset=utf-8", auditCsvFilename(new Date()));
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return new Response(null, { status: HTTP_STATUS[error.code] });
  }
}
