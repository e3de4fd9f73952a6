import { NextResponse, type NextRequest } from "next/server";
import createIntlMiddleware from "next-intl/middleware";
import { getToken } from "next-auth/jwt";
import { routing } from "@/lib/i18n/routing";
import { isLocale } from "@/lib/i18n/locales";
import { authSecret } from "@/lib/env";

const intl = createIntlMiddleware(routing);

/** Sections that need a signed-in user. Coarse only: pages and services check roles again. */
const SIGNED_IN_SECTIONS = new Set(["admin", "my", "account"]);

export default async function proxy(request: NextRequest) {
  const [, locale, section] = request.nextUrl.pathname.split("/");
  if (isLocale(locale) && SIGNED_IN_SECTIONS.has(section)) {
    const token = await getToken({ req: request, secret: authSecret() });
    if (!token) {
      const signIn = new URL(`/${locale}/sign-in`, request.url);
      signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
      return NextResponse.redirect(signIn);
    }
  }
  return intl(request);
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
