"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session.server";
import { getDb } from "@/lib/db.server";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { formDataToObject } from "@/lib/validation";
import { recordPayment } from "./record-payment";
import { dropEnrollment } from "./drop-enrollment";
import { moveEnrollment } from "./move-enrollment";
import { enrollLearner } from "./enroll-learner";
import { addLearnerOnBehalf } from "./add-learner-on-behalf";

/**
 * The staff roster page's actions: thin over the services, which check the permission and the
 * rules; their messages say what happened in the reader's language.
 */

/** Pages that show a section's learners or places: its roster, and the catalogue's places left. */
function revalidateRosterPages() {
  revalidatePath("/[locale]/admin/courses/sections/[id]/roster", "page");
  revalidatePath("/[locale]/admin/courses/sections/[id]", "page");
  revalidatePath("/[locale]/courses/[slug]", "page");
  revalidatePath("/[locale]/my/courses", "page");
}

export async function recordPaymentAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formDataToObject(form);
  return runAction(async () => {
    await recordPayment(getDb(), await getActor(), values);
    revalidateRosterPages();
    const t = await getTranslations("courseRosters.payment");
    return { ok: true, message: t("saved") };
  }, values);
}

export async function removeEnrollmentAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formDataToObject(form);
  // The tick box is a safeguard against a slip of the finger, not a business rule.
  if (values.confirm !== "on") {
    const t = await getTranslations("courseRosters.remove");
    return { ok: false, message: t("confirmRequired"), fieldErrors: { confirm: t("confirmRequired") }, values };
  }
  return runAction(async () => {
    await dropEnrollment(getDb(), await getActor(), values.enrollmentId, { reason: values.reason });
    revalidateRosterPages();
    const t = await getTranslations("courseRosters.remove");
    return { ok: true, message: t("removed") };
  }, values);
}

export async function moveEnrollmentAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formDataToObject(form);
  return runAction(async () => {
    await moveEnrollment(getDb(), await getActor(), values.enrollmentId, values.toSectionId);
    revalidateRosterPages();
    const t = await getTranslations("courseRosters.move");
    return { ok: true, message: t("moved") };
  }, values);
}

export async function enrollOnBehalfAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formDataToObject(form);
  return runAction(async () => {
    const { outcome, position } = await enrollLearner(getDb(), await getActor(), values);
    revalidateRosterPages();
    const t = await getTranslations("courseRosters.enroll");
    return { ok: true, message: outcome === "enrolled" ? t("enrolled") : t("waitlisted", { position: position ?? 0 }) };
  }, values);
}

export async function addLearnerOnBehalfAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formDataToObject(form);
  return runAction(async () => {
    const learner = await addLearnerOnBehalf(getDb(), await getActor(), values);
    revalidateRosterPages();
    const t = await getTranslations("courseRosters.enroll");
    return { ok: true, message: t("added", { name: learner.name }) };
  }, values);
}
