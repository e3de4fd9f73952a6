"use server";

import { getLocale } from "next-intl/server";
import { requestClient } from "@/lib/auth/session.server";
import { getDb } from "@/lib/db.server";
import { redirect } from "@/lib/i18n/navigation";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { formDataToObject } from "@/lib/validation";
import { registerAccount } from "./register-account";

export async function registerAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const locale = await getLocale();
  const input = formDataToObject(form);
  // Echo what was typed back into the form on error, except the password.
  const values = Object.fromEntries(Object.entries(input).filter(([key]) => key !== "password"));
  const state = await runAction(async () => {
    await registerAccount(getDb(), { ...input, locale }, { client: await requestClient() });
  }, values);
  if (state.ok) redirect({ href: { pathname: "/sign-in", query: { registered: "1" } }, locale });
  return state;
}
