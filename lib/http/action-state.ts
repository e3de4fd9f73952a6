import "server-only";
import { getTranslations } from "next-intl/server";
import { unstable_rethrow } from "next/navigation";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { localizeError } from "@/lib/i18n/localize-error";

/** What a server action returns to its form: a localized message and per-field errors. */
export interface ActionState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
}

/** Runs a server action body; domain errors and a database outage become a localized ActionState (redirects pass through). */
export async function runAction(fn: () => Promise<ActionState | void>, values?: Record<string, string>): Promise<ActionState> {
  try {
    return (await fn()) ?? { ok: true };
  } catch (error) {
    unstable_rethrow(error);
    const t = await getTranslations();
    if (isDatabaseUnavailable(error)) {
      console.error("[action] database unavailable:", error instanceof Error ? error.message : error);
      return { ok: false, message: t("errors.unavailable"), fieldErrors: {}, values };
    }
    const { code, message, fieldErrors } = localizeError(error, t as never);
    if (code === "internal") console.error(error);
    return { ok: false, message, fieldErrors, values };
  }
}
