"use server";

import { getLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { redirect } from "@/lib/i18n/navigation";
import { revokeAllSessions } from "./revoke-all-sessions";
import { clearSessionCookie, getActor } from "./session.server";

/** "Sign out everywhere" on the account page: ends all the person's sessions, then this browser's cookie. */
export async function signOutEverywhereAction(): Promise<void> {
  const actor = await getActor();
  // Without a live session there is nothing left to end here but the cookie.
  if (actor) await revokeAllSessions(getDb(), actor);
  await clearSessionCookie();
  redirect({ href: "/sign-in", locale: await getLocale() });
}
