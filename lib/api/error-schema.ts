import { z } from "zod";
import type { ZodOpenApiResponseObject } from "zod-openapi";
import { HTTP_STATUS, type DomainErrorCode } from "@/lib/errors";

/** The error codes a response can carry: every domain error, `internal` for the unexpected, `unavailable` (503) while the database is away. */
const ERROR_CODES = [...(Object.keys(HTTP_STATUS) as DomainErrorCode[]), "internal", "unavailable"] as const;

/** `{ error: { code, message, fieldErrors } }`: what `apiRoute` sends for every refusal. */
export const ApiErrorSchema = z
  .strictObject({
    error: z.strictObject({
      code: z.enum(ERROR_CODES),
      message: z.string().meta({ description: "In the request's language." }),
      fieldErrors: z
        .record(z.string(), z.string())
        .meta({ description: "Field path (e.g. `chaperones`) → message in the request's language." }),
    }),
  })
  .meta({ id: "Error" });

export type ApiError = z.output<typeof ApiErrorSchema>;

/** The refusals an operation can answer with, each a shared response component. */
export const ERROR_RESPONSES = {
  401: { id: "Unauthenticated", description: "Not signed in (code `unauthenticated`)." },
  403: {
    id: "Forbidden",
    description: "Signed in but not allowed, the account awaits verification, or a write from another origin (code `forbidden`).",
  },
  404: { id: "NotFound", description: "No such record, or not one the caller may see (code `not_found`)." },
  409: { id: "Conflict", description: "The request clashes with the current state: slot full or closed, wrong status (code `conflict`)." },
  415: { id: "UnsupportedMediaType", description: "A write whose body is not sent as `application/json` (code `unsupported_media_type`)." },
  422: { id: "Invalid", description: "Invalid input or a broken rule, with per-field messages (code `invalid`)." },
  503: { id: "Unavailable", description: "The database cannot be reached for now; retry after `Retry-After` seconds (code `unavailable`)." },
} as const;

export type ErrorStatus = keyof typeof ERROR_RESPONSES;

// One object per refusal, built once: zod-openapi registers a component per object it meets.
const RESPONSE_OBJECTS = Object.fromEntries(
  Object.entries(ERROR_RESPONSES).map(([status, response]) => [
    status,
    { ...response, content: { "application/json": { schema: ApiErrorSchema } } } satisfies ZodOpenApiResponseObject,
  ]),
) as unknown as Record<`${ErrorStatus}`, ZodOpenApiResponseObject>;

/** The `responses` entries for the given refusals. */
export function errorResponses(...statuses: ErrorStatus[]): Partial<Record<`${ErrorStatus}`, ZodOpenApiResponseObject>> {
  return Object.fromEntries(statuses.map((status) => [String(status), RESPONSE_OBJECTS[`${status}`]]));
}
