import { NextResponse, type NextRequest } from "next/server";
import createIntlMiddleware from "next-intl/middleware";
import { getToken } from "next-auth/jwt";
import { routing } from "@/lib/i18n/routing";
import { isLocale } from "@/lib/i18n/locales";
import { authSecret } from "@/lib/env";
import { pageSecurityHeaders } from "@/lib/security/page-security-headers";
import { servedOverHttps } from "@/lib/security/public-url";
import { filteredViewOf } from "@/lib/http/catalogue-views";

const intl = createIntlMiddleware(routing);

/** Sections that need a signed-in user. Coarse only: pages and services check roles again. */
const SIGNED_IN_SECTIONS = new Set(["admin", "my", "account"]);

export default async function proxy(request: NextRequest) {
  // A catalogue with a query renders per request (and gets that page's policy, the nonce one).
  const filtered = filteredViewOf(request.nextUrl);
  const security = pageSecurityHeaders(request, filtered?.pathname);
  if (filtered) return security.apply(NextResponse.rewrite(filtered, { request: { headers: security.request().headers } }));
  const [, locale, section] = request.nextUrl.pathname.split("/");
  if (isLocale(locale) && SIGNED_IN_SECTIONS.has(section)) {
    // secureCookie: the __Secure- cookie name next-auth sets when the public URL is https.
    const token = await getToken({ req: request, secret: authSecret(), secureCookie: servedOverHttps() });
    if (!token) {
      const signIn = new URL(`/${locale}/sign-in`, request.url);
      signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
      return security.apply(NextResponse.redirect(signIn));
    }
  }
  return security.apply(intl(security.request()));
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
