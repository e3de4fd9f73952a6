/**
 * Whether a state-changing request comes from the portal's own pages (the CSRF rule of the JSON API
 * and of server actions; ADR 0006). No imports: `proxy.ts` runs it too.
 *
 * - `Origin` present: it must be the portal's origin — the origin of `NEXTAUTH_URL` (the public URL,
 *   what browsers see behind a proxy) or the host the request was sent to (`Host`, or
 *   `X-Forwarded-Host`), which is what Next's own server-action check compares. A page elsewhere
 *   cannot make a browser forge either header. `Origin: null` (sandboxed frames, some redirects) is foreign.
 * - No `Origin`, but `Sec-Fetch-Site`: it must be `same-origin`.
 * - Neither: not a browser (every browser since 2020 sends one of them on a POST), so a client that
 *   chose to send its own cookie, like curl; allowed. The API also demands `application/json`, which
 *   no cross-site form can send and no cross-site script can send without a CORS preflight we never grant.
 */
export function isSameOriginRequest(request: Request, publicUrl: string | undefined = process.env.NEXTAUTH_URL): boolean {
  const origin = request.headers.get("origin");
  if (origin !== null) {
    const configured = publicUrl ? normalizedOrigin(publicUrl) : undefined;
    if (configured && normalizedOrigin(origin) === configured) return true;
    const host = hostOf(origin);
    return host !== undefined && ownHosts(request).has(host);
  }
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin";
  return true;
}

/** Methods that change state: the ones the rule applies to. */
export function isStateChanging(method: string): boolean {
  return !["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase());
}

function ownHosts(request: Request): Set<string> {
  const hosts = new Set<string>();
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = request.headers.get("host") ?? hostOf(request.url);
  for (const value of [forwarded, host]) if (value) hosts.add(value.toLowerCase());
  return hosts;
}

function normalizedOrigin(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.host.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}
