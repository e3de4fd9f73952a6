import { NextRequest, type NextResponse } from "next/server";
import { contentSecurityPolicy, createNonce, pagePolicyOf } from "./content-security-policy";
import { STRICT_TRANSPORT_SECURITY, servedOverHttps } from "./public-url";

/**
 * The security headers of one page response, decided once per request in proxy.ts. The policy also
 * goes on the request: Next reads the nonce from the request's Content-Security-Policy header and
 * stamps it on every script and style it renders. `renderedPath` is the page that will render when the
 * proxy rewrites (the policy follows how that page is rendered).
 */
export function pageSecurityHeaders(request: NextRequest, renderedPath = request.nextUrl.pathname) {
  const policy = pagePolicyOf(renderedPath);
  const https = servedOverHttps();
  const header = contentSecurityPolicy(policy, {
    nonce: policy === "nonce" ? createNonce() : undefined,
    https,
    development: process.env.NODE_ENV === "development",
  });

  return {
    /** The request as the page renderer should see it. */
    request(): NextRequest {
      if (policy !== "nonce") return request;
      const headers = new Headers(request.headers);
      headers.set("Content-Security-Policy", header);
      // A copy without the body: middleware only reads URL and headers, and a server action's body stays untouched.
      return new NextRequest(request.url, { headers });
    },
    /** Adds the headers to whatever the proxy answers (page, rewrite or redirect). */
    apply<T extends NextResponse>(response: T): T {
      response.headers.set("Content-Security-Policy", header);
      if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
      return response;
    },
  };
}
