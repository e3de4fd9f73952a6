import { isLocale } from "@/lib/i18n/locales";

/**
 * The Content-Security-Policy of every page, and the one list saying how each page is rendered
 * (ADR 0005). A per-request nonce only works on HTML rendered per request: prerendered HTML has no
 * nonce in it, so a nonce policy would block its scripts. Pages therefore get one of two policies:
 *
 * - "nonce": signed-in pages, the back office, forms and anything not listed below. Scripts run only
 *   with this response's nonce (and what those scripts load, `'strict-dynamic'`); no `'unsafe-inline'`.
 * - "static": prerendered public pages. The same HTML goes to everyone, so no nonce: scripts from our
 *   origin (chunks carry SRI hashes) and Next's inline flight-data scripts (`'unsafe-inline'`).
 */
export type PagePolicy = "nonce" | "static";

/**
 * Public pages (path after the locale, `:name` = any one segment) and how each is rendered today.
 * Making a page prerendered ("Fast public pages") means flipping it to "static" here in the same
 * change; unlisted pages are rendered per request and get the nonce policy. e2e/content-security-policy.spec.ts
 * visits every page listed here and fails if the policy does not fit how the page is rendered.
 */
export const PUBLIC_PAGES = {
  "/": "static",
  "/field-trips": "static",
  "/field-trips/:slug": "static",
  "/courses": "static",
  "/rooms": "static",
  "/events": "static",
  "/businesses": "static",
} as const satisfies Record<string, PagePolicy>;

function matches(pattern: string, segments: string[]): boolean {
  const parts = pattern.split("/").filter(Boolean);
  return parts.length === segments.length && parts.every((part, index) => part.startsWith(":") || part === segments[index]);
}

/** The policy of a page path such as `/ur/field-trips/electric-empire`. Deny by default: anything unknown gets "nonce". */
export function pagePolicyOf(pathname: string): PagePolicy {
  const [locale, ...segments] = pathname.split("/").filter(Boolean);
  if (!isLocale(locale)) return "nonce";
  for (const [pattern, policy] of Object.entries(PUBLIC_PAGES)) {
    if (matches(pattern, segments)) return policy;
  }
  return "nonce";
}

/** 128 random bits, base64: unguessable and fresh for every response. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export interface PolicyOptions {
  /** Required for the "nonce" policy. */
  nonce?: string;
  /** The public URL is https: also ask browsers to upgrade any http subresource. */
  https: boolean;
  /** `next dev` needs eval (React's error stacks) and injects unhashed styles. */
  development: boolean;
}

/** The header value of `policy`. */
export function contentSecurityPolicy(policy: PagePolicy, { nonce, https, development }: PolicyOptions): string {
  if (policy === "nonce" && !nonce) throw new Error("The nonce policy needs a nonce");
  const eval_ = development ? ["'unsafe-eval'"] : [];
  // 'self' only helps browsers that predate 'strict-dynamic' (CSP 2); newer ones ignore it there.
  const scripts = policy === "nonce" ? [`'nonce-${nonce}'`, "'strict-dynamic'", "'self'"] : ["'self'", "'unsafe-inline'"];
  const styles = development ? ["'self'", "'unsafe-inline'"] : policy === "nonce" ? ["'self'", `'nonce-${nonce}'`] : ["'self'"];
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", ...scripts, ...eval_],
    ["style-src", ...styles],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}
