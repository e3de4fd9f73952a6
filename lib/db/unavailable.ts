/**
 * "The database cannot be reached right now" — the one place that recognises it. Such errors are
 * not bugs of the request: the API answers 503 with Retry-After, pages and forms say "temporarily
 * unavailable", and the health check reports the database as unreachable (never its error text).
 */

/** Seconds a client is asked to wait before retrying while the database is away. */
export const RETRY_AFTER_SECONDS = 30;

// Prisma: can't reach / timed out / closed the connection / timed out waiting for a pooled connection.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
// The pg adapter's classification of socket-level failures.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// Node socket errors (raw pg) and PostgreSQL shutting down or starting up (57P01–57P03).
const SYSTEM_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "EPIPE", "57P01", "57P02", "57P03", "53300"]);
// node-postgres reports a dropped socket without a code.
const MESSAGES = /Connection terminated|Can't reach database server|timeout exceeded when trying to connect/i;

/** True when `error` (or what it wraps) says PostgreSQL is unreachable, not that the request was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current) || seen.size > 12) continue;
    seen.add(current);
    const e = current as {
      name?: unknown; code?: unknown; kind?: unknown; message?: unknown; originalCode?: unknown;
      cause?: unknown; meta?: { driverAdapterError?: unknown }; errors?: unknown;
    };
    if (e.name === "PrismaClientInitializationError") return true;
    if (typeof e.code === "string" && (PRISMA_CODES.has(e.code) || SYSTEM_CODES.has(e.code) || e.code.startsWith("08"))) return true;
    if (typeof e.originalCode === "string" && (SYSTEM_CODES.has(e.originalCode) || e.originalCode.startsWith("08"))) return true;
    if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
    if (e.kind === "postgres" && typeof e.code === "string" && (SYSTEM_CODES.has(e.code) || e.code.startsWith("08"))) return true;
    if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
    queue.push(e.cause, e.meta?.driverAdapterError, ...(Array.isArray(e.errors) ? e.errors : []));
  }
  return false;
}

/**
 * Next hands error boundaries only an error's `digest` (messages are hidden in production), and keeps
 * a digest it finds on the thrown error: this one lets `app/[locale]/error.tsx` say "temporarily
 * unavailable" instead of "something went wrong".
 */
export const DATABASE_UNAVAILABLE_DIGEST = "PORTAL_DATABASE_UNAVAILABLE";

/** Marks an unavailable-database error with that digest and returns it (for rethrowing). */
export function withUnavailableDigest(error: unknown): unknown {
  if (error && typeof error === "object" && isDatabaseUnavailable(error)) (error as { digest?: string }).digest = DATABASE_UNAVAILABLE_DIGEST;
  return error;
}
