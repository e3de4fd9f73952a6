"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session.server";
import { getDb } from "@/lib/db.server";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { formDataToObject } from "@/lib/validation";
import { approveMembership } from "./approve-membership";
import { declineMembership } from "./decline-membership";
import { requestToJoinSchool } from "./request-to-join-school";

// Every page that shows memberships: the staff queue, the account and the lead's organisation page.
function revalidateMembershipPages() {
  revalidatePath("/[locale]/admin/memberships", "page");
  revalidatePath("/[locale]/admin", "page");
  revalidatePath("/[locale]/account", "layout");
}

export async function approveMembershipAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    await approveMembership(getDb(), await getActor(), formDataToObject(form));
    revalidateMembershipPages();
  });
}

export async function declineMembershipAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const input = formDataToObject(form);
  return runAction(async () => {
    await declineMembership(getDb(), await getActor(), input);
    revalidateMembershipPages();
  }, { reason: input.reason ?? "" });
}

export async function requestToJoinSchoolAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    await requestToJoinSchool(getDb(), await getActor(), formDataToObject(form));
    revalidateMembershipPages();
    const t = await getTranslations("account.join");
    return { ok: true, message: t("sent") };
  });
}
