import "server-only";
import { cache } from "react";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { NextRequest } from "next/server";
import { forbidden as forbiddenPage } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { authSecret } from "@/lib/env";
import { redirect } from "@/lib/i18n/navigation";
import { servedOverHttps } from "@/lib/security/public-url";
import type { Actor } from "./actor";
import { clientOf, loadActor } from "./load-actor";
import { can } from "./authorize";
import type { GrantedPermission } from "./permissions";

/** The signed-in actor, once per request: the session cookie's token, then its session and user as the database has them now (see `loadActor`). */
export const getActor = cache(async (): Promise<Actor | null> => {
  const requestHeaders = await headers();
  // getToken reads cookies from a request; this one carries only the page request's headers.
  const req = new NextRequest("http://localhost/", { headers: requestHeaders });
  const token = await getToken({ req, secret: authSecret(), secureCookie: servedOverHttps() });
  return loadActor(getDb(), token, requestHeaders);
});

/** next-auth's session cookie name (chunked cookies add `.0`, `.1`, …); `__Secure-` when served over https. */
const sessionCookiePrefix = () => `${servedOverHttps() ? "__Secure-" : ""}next-auth.session-token`;

/** Drops this browser's session cookie, for server actions that just ended its session. */
export async function clearSessionCookie(): Promise<void> {
  const jar = await cookies();
  const secure = servedOverHttps();
  // Expired with the attributes next-auth set it with: browsers ignore a `__Secure-` cookie without Secure.
  for (const { name } of jar.getAll()) {
    if (name.startsWith(sessionCookiePrefix())) jar.set(name, "", { maxAge: 0, path: "/", httpOnly: true, sameSite: "lax", secure });
  }
}

/** Where the current request came from, for audit rows written before there is an actor (registration). */
export async function requestClient(): Promise<NonNullable<Actor["client"]>> {
  return clientOf(await headers());
}

/** For pages: the actor, or a redirect to sign-in that comes back here afterwards. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (actor) return actor;
  const locale = await getLocale();
  return redirect({ href: { pathname: "/sign-in", query: { callbackUrl: `/${locale}${returnTo}` } }, locale });
}

/** For pages: the actor if they hold the permission; otherwise sign-in, or the localized 403 page. */
export async function requirePagePermission(permission: GrantedPermission, returnTo: string): Promise<Actor> {
  const actor = await requireActor(returnTo);
  if (!can(actor, permission)) forbiddenPage();
  return actor;
}
