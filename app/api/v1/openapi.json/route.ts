import { buildOpenApiDocument } from "@/lib/api/openapi";

/** GET /api/v1/openapi.json — the OpenAPI 3.1 description of this API. */
export async function GET() {
  return Response.json(await buildOpenApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
