/** The query string as a plain object (the last value wins for repeated keys), for zod schemas. */
export function searchParamsOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

/**
 * A JSON body with the ids from the path. The path wins, so a body cannot redirect the action to
 * another record; a non-object body adds nothing and the service's schema reports it.
 */
export function withPathParams(body: unknown, fromPath: Record<string, string>): Record<string, unknown> {
  const fields = typeof body === "object" && body !== null && !Array.isArray(body) ? body : {};
  return { ...fields, ...fromPath };
}
