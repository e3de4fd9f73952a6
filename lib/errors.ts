/**
 * The portal's domain errors. Services throw these; `HTTP_STATUS` below maps them once to HTTP
 * statuses (used by the API wrapper in `lib/http/api-route.ts`), and `lib/http/action-state.ts` turns
 * them into localized messages for server actions. `messageKey` is a full path in the
 * message catalogs (`errors.notFound`, `fieldTrips.errors.slotFull`); `params` fill its placeholders.
 */
export type DomainErrorCode = "invalid" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "rate_limited" | "unsupported_media_type";

export type MessageParams = Record<string, string | number>;

export interface FieldIssue {
  path: string;
  messageKey: string;
  params?: MessageParams;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly messageKey: string,
    readonly params: MessageParams = {},
    readonly issues: FieldIssue[] = [],
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "DomainError";
  }
}

export const invalid = (messageKey: string, params?: MessageParams, issues?: FieldIssue[]) =>
  new DomainError("invalid", messageKey, params, issues);
export const unauthenticated = () => new DomainError("unauthenticated", "errors.unauthenticated");
export const forbidden = (messageKey = "errors.forbidden", params?: MessageParams) => new DomainError("forbidden", messageKey, params);
export const notFound = (messageKey = "errors.notFound") => new DomainError("not_found", messageKey);
export const conflict = (messageKey: string, params?: MessageParams) => new DomainError("conflict", messageKey, params);
export const unsupportedMediaType = () => new DomainError("unsupported_media_type", "errors.unsupportedMediaType");
export const rateLimited = (messageKey = "errors.rateLimited", params?: MessageParams) => new DomainError("rate_limited", messageKey, params);

export const HTTP_STATUS: Record<DomainErrorCode, number> = {
  invalid: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unsupported_media_type: 415,
};

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** PostgreSQL's own refusals (CHECK, exclusion, unique) become conflicts: the database is the last guard. */
export function fromDatabaseError(error: unknown, messageKey: string): DomainError | undefined {
  const code = databaseErrorCode(error);
  if (code === "23514" || code === "23P01" || code === "23505") return conflict(messageKey);
  return undefined;
}

/**
 * Text or a value PostgreSQL cannot take (NUL in text: 22021; an unconvertible character: 22P05;
 * a date or number out of range: 22008, 22003) is bad input that slipped past a schema: a 422, never
 * a 500. The schemas in lib/validation.ts refuse it first; this is the last guard.
 */
export function fromBadValueError(error: unknown): DomainError | undefined {
  const code = databaseErrorCode(error);
  return code === "22021" || code === "22P05" || code === "22008" || code === "22003" ? invalid("errors.invalidInput") : undefined;
}

/** The SQLSTATE behind a Prisma error (driver adapters nest it under meta.driverAdapterError.cause). */
export function databaseErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 6; depth++) {
    const candidate = current as { originalCode?: unknown; code?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    for (const code of [candidate.originalCode, candidate.code]) {
      if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) && !code.startsWith("P")) return code;
    }
    current = candidate.meta?.driverAdapterError ?? candidate.cause;
  }
  return undefined;
}
