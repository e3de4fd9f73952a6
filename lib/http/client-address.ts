import { z } from "zod";

/**
 * The one place that decides a request's client address (sign-in throttling and the audit log).
 *
 * `next start` fills `X-Forwarded-For` with the socket's address only when the request brings no
 * such header (Next 16 exposes no socket address to route handlers), and every proxy in front of
 * the app appends the address it was connected from. So, with `TRUSTED_PROXY_HOPS` = N proxies we
 * run ourselves, the client is the N-th entry from the right; entries further left were written by
 * the client and are ignored. With 0 (the default: the app faces clients directly) the rightmost
 * entry is used, which is the socket address unless the client sent the header itself: production
 * must therefore sit behind a proxy that sets the header (README, "Configuration").
 */
export const TRUSTED_PROXY_HOPS_MAX = 10;

const HopsSchema = z.coerce.number().int().min(0).max(TRUSTED_PROXY_HOPS_MAX).catch(0);
const AddressSchema = z.union([z.ipv4(), z.ipv6()]);

export function trustedProxyHops(value: string | undefined = process.env.TRUSTED_PROXY_HOPS): number {
  return value === undefined || value.trim() === "" ? 0 : HopsSchema.parse(value);
}

/** An IPv4-mapped IPv6 address (`::ffff:10.0.0.1`) is the IPv4 address it carries. */
function normalise(entry: string): string | undefined {
  const value = entry.trim().toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return AddressSchema.safeParse(value).success ? value : undefined;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function forwardedFor(headers: HeaderSource): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get("x-forwarded-for") ?? undefined;
  const value = headers["x-forwarded-for"];
  return Array.isArray(value) ? value.join(",") : value;
}

/** The client's address, or undefined when the trusted entry is missing or not an IP address. */
export function clientAddress(headers: HeaderSource, hops: number = trustedProxyHops()): string | undefined {
  const entries = (forwardedFor(headers) ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  const index = entries.length - Math.max(hops, 1);
  return index >= 0 ? normalise(entries[index]) : undefined;
}
