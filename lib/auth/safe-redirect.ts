/**
 * Where sign-in may send a person afterwards: a path on the portal's own origin, never another
 * host (no open redirects). The target is resolved with `URL` against the origin, as a browser
 * would, so tricks such as `/\evil.example` or `/<TAB>/evil.example` (both read as `//evil.example`)
 * are caught. Used by the next-auth `redirect` callback, the sign-in page and the sign-in form.
 */
const PLACEHOLDER_ORIGIN = "http://portal.invalid";

export function safeRedirectPath(target: string | null | undefined, fallback: string, origin: string = PLACEHOLDER_ORIGIN): string {
  if (!target) return fallback;
  try {
    const base = new URL(origin);
    const url = new URL(target, base);
    // A path that starts with "//" would be read as another host once handed on as a relative URL.
    if (url.origin !== base.origin || url.pathname.startsWith("//")) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** The public origin (`NEXTAUTH_URL`) on the server, when set. */
export function publicOrigin(publicUrl: string | undefined = process.env.NEXTAUTH_URL): string | undefined {
  try {
    return publicUrl ? new URL(publicUrl).origin : undefined;
  } catch {
    return undefined;
  }
}
