import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden as forbiddenPage } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { redirect } from "@/lib/i18n/navigation";
import { authOptions } from "./auth-options";
import type { Actor } from "./actor";
import { clientOf, loadActor } from "./load-actor";
import { can } from "./authorize";
import type { GrantedPermission } from "./permissions";

/** The signed-in actor, once per request (see `loadActor`). */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  return loadActor(getDb(), session?.user?.id, await headers());
});

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
