import { NextResponse, type NextRequest } from "next/server";
import createIntlMiddleware from "next-intl/middleware";
import { getToken } from "next-auth/jwt";
import { routing } from "@/lib/i18n/routing";
import { createTranslator } from "next-intl";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { isSameOriginRequest, isStateChanging } from "@/lib/http/same-origin";
import { actionBodyProblem, type ActionBodyProblem } from "@/lib/http/action-body";
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
  // Pages take writes only as server actions. Next refuses one from a foreign Origin itself, but as a
  // 500; the same rule as the API's (lib/http/same-origin.ts) answers a clean, localized 403 first,
  // and a body Next could not take is a 413 or 400 rather than its 500.
  if (isStateChanging(request.method)) {
    const refusal = !isSameOriginRequest(request) ? { status: 403, key: "errors.crossOrigin" } : ACTION_BODY_REFUSALS[(await actionBodyProblem(request)) ?? "none"];
    if (refusal) return security.apply(await refuse(refusal, isLocale(locale) ? locale : defaultLocale));
  }
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

/** What Next would answer with a 500, refused here first (lib/http/action-body.ts). */
const ACTION_BODY_REFUSALS: Record<ActionBodyProblem | "none", { status: number; key: string } | undefined> = {
  tooLarge: { status: 413, key: "errors.tooLarge" },
  malformed: { status: 400, key: "errors.malformedForm" },
  none: undefined,
};

/** A plain-text refusal in the page's language (no page renders for it). */
async function refuse({ status, key }: { status: number; key: string }, locale: Parameters<typeof loadMessages>[0]) {
  const t = createTranslator({ locale, messages: await loadMessages(locale) }) as unknown as (key: string) => string;
  return new NextResponse(t(key), { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Language": locale } });
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
