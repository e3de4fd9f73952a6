import { isDomainError } from "@/lib/errors";

/**
 * For pages driven by a GET query (filters, dates): a malformed query shows the unfiltered page
 * with a notice instead of an error page. Only `invalid` errors fall back; others propagate.
 */
export async function withQueryFallback<T>(run: () => Promise<T>, fallback: () => Promise<T>): Promise<{ result: T; invalidQuery: boolean }> {
  try {
    return { result: await run(), invalidQuery: false };
  } catch (error) {
    if (!isDomainError(error) || error.code !== "invalid") throw error;
    return { result: await fallback(), invalidQuery: true };
  }
}
