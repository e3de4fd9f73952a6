import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden as forbiddenPage } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { redirect } from "@/lib/i18n/navigation";
import { authOptions } from "./auth-options";
import { ACTOR_INCLUDE, toActor, type Actor } from "./actor";
import { can } from "./authorize";
import type { GrantedPermission } from "./permissions";

/**
 * The signed-in actor, read fresh from the database once per request: a role revoked or an account
 * disabled takes effect on the next request, whatever the token says.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const [user, requestHeaders] = await Promise.all([getDb().user.findUnique({ where: { id }, include: ACTOR_INCLUDE }), headers()]);
  if (!user || user.disabledAt) return null;
  return { ...toActor(user), client: clientOf(requestHeaders) };
});

/** Where a request came from, for the audit log. The address is the first forwarded hop when a proxy set one. */
function clientOf(requestHeaders: Headers): NonNullable<Actor["client"]> {
  const forwarded = requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    ip: (forwarded || requestHeaders.get("x-real-ip") || undefined)?.slice(0, 64),
    userAgent: requestHeaders.get("user-agent")?.slice(0, 300) ?? undefined,
  };
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
