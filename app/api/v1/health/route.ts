import { getDb } from "@/lib/db.server";
import { checkHealth } from "@/lib/system/check-health";

export const dynamic = "force-dynamic";

/** GET /api/v1/health: 200 when the database is reachable and migrated, 503 otherwise. */
export async function GET() {
  const health = await checkHealth(getDb());
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
