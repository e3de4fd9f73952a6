import { apiRoute } from "@/lib/http/api-route";
import { accountMenuOf } from "@/lib/auth/account-menu";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/me: the signed-in person's header menu (`{ menu: null }` for visitors). Pages are the
 * same for everyone (ADR 0007), so the header asks for this from the browser; never cached anywhere.
 */
export const GET = apiRoute(async ({ actor }) =>
  Response.json({ menu: accountMenuOf(actor) }, { headers: { "Cache-Control": "private, no-store" } }),
);
