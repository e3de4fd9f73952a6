import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import type { Health } from "@/lib/system/check-health";
import { MeSchema } from "@/lib/auth/account-menu";

/** Operations about the API itself: health and this document. */

/** Not an area, so not in the area registry; the document is in English. */
export const SYSTEM_TAG = { name: "System", description: "Health and this document." } as const;

export const HealthSchema = z
  .strictObject({
    status: z.enum(["ok", "degraded", "down"]),
    database: z.strictObject({ reachable: z.boolean(), latencyMs: z.int().min(0).optional() }),
    migrations: z
      .strictObject({
        state: z.enum(["current", "pending", "failed", "unknown"]),
        applied: z.int().min(0).optional(),
        pending: z.array(z.string()).optional(),
        failed: z.array(z.string()).optional(),
      })
      .meta({ description: "`unknown` (and no lists) while the database is unreachable." }),
  })
  .meta({ id: "Health" });

// The route answers with `checkHealth`'s value as is: the schema must describe exactly that type.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const healthMatches: Same<z.output<typeof HealthSchema>, Health> = true;
void healthMatches;

/** Any JSON object: the OpenAPI document does not describe itself. */
const OpenApiDocumentSchema = z.looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) });

const PUBLIC: [] = [];

export const SYSTEM_PATHS: ZodOpenApiPathsObject = {
  "/api/v1/health": {
    get: {
      tags: [SYSTEM_TAG.name],
      operationId: "getHealth",
      summary: "Health check",
      security: PUBLIC,
      responses: {
        "200": { description: "The database is reachable and migrated.", content: { "application/json": { schema: HealthSchema } } },
        "503": { description: "The database is unreachable (with Retry-After; migrations `unknown`), or migrations are pending or failed.", content: { "application/json": { schema: HealthSchema } } },
      },
    },
  },
  "/api/v1/me": {
    get: {
      tags: [SYSTEM_TAG.name],
      operationId: "getMe",
      summary: "Who is signed in, and the header links they may follow",
      description: "Pages are the same for everyone; the site header asks for this from the browser. `menu` is null for visitors. Never cached.",
      // Works with or without a session.
      security: [{}, { sessionCookie: [] }],
      responses: { "200": { description: "The account menu, or null.", content: { "application/json": { schema: MeSchema } } } },
    },
  },
  "/api/v1/openapi.json": {
    get: {
      tags: [SYSTEM_TAG.name],
      operationId: "getOpenApiDocument",
      summary: "This OpenAPI document",
      security: PUBLIC,
      responses: { "200": { description: "An OpenAPI 3.1 document.", content: { "application/json": { schema: OpenApiDocumentSchema } } } },
    },
  },
};
