import { getDb } from "@/lib/db.server";
import { RETRY_AFTER_SECONDS } from "@/lib/db/unavailable";
import { checkHealth } from "@/lib/system/check-health";

export const dynamic = "force-dynamic";

/** GET /api/v1/health: 200 when the database is reachable and migrated, 503 otherwise (with Retry-After while it is unreachable). */
export async function GET() {
  const health = await checkHealth(getDb());
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (!health.database.reachable) headers["Retry-After"] = String(RETRY_AFTER_SECONDS);
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers });
}
