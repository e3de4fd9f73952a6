import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest, NextResponse } from "next/server";
import { PUBLIC_PAGES, contentSecurityPolicy, createNonce, pagePolicyOf } from "./content-security-policy";
import { pageSecurityHeaders } from "./page-security-headers";
import { STRICT_TRANSPORT_SECURITY, servedOverHttps } from "./public-url";

/** The header as a map of directive → sources. */
function directives(header: string): Map<string, string[]> {
  return new Map(header.split(";").map((part) => {
    const [name, ...sources] = part.trim().split(/\s+/);
    return [name, sources];
  }));
}

const BASELINE = {
  "default-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("pagePolicyOf", () => {
  it("gives every listed public page its listed policy, in every locale", () => {
    for (const [pattern, policy] of Object.entries(PUBLIC_PAGES)) {
      const path = pattern.replace(":slug", "electric-empire").replace(/\/$/, "");
      for (const locale of ["en", "ur", "fa"]) expect(pagePolicyOf(`/${locale}${path}`), `/${locale}${path}`).toBe(policy);
    }
  });

  it("gives signed-in pages, the back office and forms the nonce policy", () => {
    for (const path of [
      "/en/sign-in",
      "/ur/register",
      "/en/account",
      "/en/my/field-trips",
      "/fa/my/field-trips/abc",
      "/en/admin",
      "/ru/admin/field-trips/day-sheet",
      "/en/field-trips/electric-empire/book",
    ]) {
      expect(pagePolicyOf(path), path).toBe("nonce");
    }
  });

  it("denies by default: unknown paths and locales get the nonce policy", () => {
    for (const path of ["/", "/xx/field-trips", "/en/no-such-page", "/en/field-trips/a/b/c", "/field-trips"]) {
      expect(pagePolicyOf(path), path).toBe("nonce");
    }
  });

  it("ignores a trailing slash", () => {
    expect(pagePolicyOf("/en/field-trips/")).toBe(pagePolicyOf("/en/field-trips"));
  });
});

describe("createNonce", () => {
  it("is fresh every time and in the form Next.js reads from the header", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("contentSecurityPolicy", () => {
  it("nonce policy: scripts only with the nonce and what they load, never 'unsafe-inline'", () => {
    const policy = directives(contentSecurityPolicy("nonce", { nonce: "abc123==", https: false, development: false }));
    expect(policy.get("script-src")).toEqual(["'nonce-abc123=='", "'strict-dynamic'", "'self'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    for (const [name, sources] of Object.entries(BASELINE)) expect(policy.get(name), name).toEqual(sources);
    for (const sources of policy.values()) expect(sources).not.toContain("'unsafe-inline'");
    for (const sources of policy.values()) expect(sources).not.toContain("'unsafe-eval'");
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
  });

  it("nonce policy needs a nonce", () => {
    expect(() => contentSecurityPolicy("nonce", { https: false, development: false })).toThrow();
  });

  it("static policy: same-origin scripts plus inline flight data, and nothing else", () => {
    const policy = directives(contentSecurityPolicy("static", { https: false, development: false }));
    expect(policy.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get("style-src")).toEqual(["'self'"]);
    for (const [name, sources] of Object.entries(BASELINE)) expect(policy.get(name), name).toEqual(sources);
    expect([...policy.values()].flat().some((source) => source.startsWith("'nonce-"))).toBe(false);
  });

  it("over https asks browsers to upgrade any http subresource", () => {
    for (const kind of ["nonce", "static"] as const) {
      const header = contentSecurityPolicy(kind, { nonce: "n0nce==", https: true, development: false });
      expect(directives(header).has("upgrade-insecure-requests")).toBe(true);
    }
  });

  it("allows eval and inline styles only under next dev", () => {
    const policy = directives(contentSecurityPolicy("nonce", { nonce: "n0nce==", https: false, development: true }));
    expect(policy.get("script-src")).toContain("'unsafe-eval'");
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("style-src")).toContain("'unsafe-inline'");
  });
});

describe("servedOverHttps", () => {
  it("follows the public URL's scheme", () => {
    expect(servedOverHttps("https://portal.example.org")).toBe(true);
    expect(servedOverHttps("HTTPS://portal.example.org")).toBe(true);
    expect(servedOverHttps("http://localhost:3000")).toBe(false);
    expect(servedOverHttps(undefined)).toBe(false);
  });
});

describe("pageSecurityHeaders", () => {
  it("puts the policy on the request (for Next to read the nonce) and the response, a new nonce each time", () => {
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    const nonces = [1, 2].map(() => {
      const security = pageSecurityHeaders(new NextRequest("http://localhost:3000/en/sign-in"));
      const requestHeader = security.request().headers.get("content-security-policy");
      const response = security.apply(NextResponse.next());
      expect(response.headers.get("content-security-policy")).toBe(requestHeader);
      expect(response.headers.has("strict-transport-security")).toBe(false);
      return requestHeader?.match(/'nonce-([^']+)'/)?.[1];
    });
    expect(nonces[0]).toBeTruthy();
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it("adds HSTS and the upgrade directive when the public URL is https", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://portal.example.org");
    const security = pageSecurityHeaders(new NextRequest("https://portal.example.org/en/field-trips"));
    const response = security.apply(NextResponse.redirect("https://portal.example.org/en/sign-in"));
    expect(response.headers.get("strict-transport-security")).toBe(STRICT_TRANSPORT_SECURITY);
    expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("keeps the request's URL and cookies for the locale middleware", () => {
    const request = new NextRequest("http://localhost:3000/ur/account?x=1", { headers: { cookie: "NEXT_LOCALE=ur" } });
    const forwarded = pageSecurityHeaders(request).request();
    expect(forwarded.nextUrl.pathname).toBe("/ur/account");
    expect(forwarded.nextUrl.search).toBe("?x=1");
    expect(forwarded.cookies.get("NEXT_LOCALE")?.value).toBe("ur");
  });
});

describe("next-auth cookies", () => {
  it("use the __Secure-/__Host- names exactly when the public URL is https", async () => {
    for (const [url, secure] of [["https://portal.example.org", true], ["http://localhost:3000", false]] as const) {
      vi.stubEnv("NEXTAUTH_URL", url);
      vi.resetModules();
      const { authOptions } = await import("@/lib/auth/auth-options");
      expect(authOptions.useSecureCookies, url).toBe(secure);
    }
  });
});
