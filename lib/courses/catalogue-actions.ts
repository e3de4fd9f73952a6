"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session.server";
import { getDb } from "@/lib/db.server";
import { redirect } from "@/lib/i18n/navigation";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { formDataToObject } from "@/lib/validation";
import { createCourse } from "./create-course";
import { updateCourse } from "./update-course";
import { retireCourse } from "./retire-course";
import { createSection } from "./create-section";
import { updateSection } from "./update-section";
import { retireSection } from "./retire-section";
import { addMeeting } from "./add-meeting";
import { removeMeeting } from "./remove-meeting";
import { cancelMeetingOccurrence } from "./cancel-meeting";
import { changeSectionCapacity } from "./change-section-capacity";
import { contentInput } from "@/lib/i18n/content-form";

/** Thin server actions of the back-office course catalogue: parse the form, call the service, refresh the pages that show it. */

function revalidateCoursePages() {
  revalidatePath("/[locale]/courses", "page");
  revalidatePath("/[locale]/courses/[slug]", "page");
  revalidatePath("/[locale]/admin/courses", "page");
  revalidatePath("/[locale]/admin/courses/[id]", "page");
  revalidatePath("/[locale]/admin/courses/sections/[id]", "page");
  revalidatePath("/[locale]/admin/audit", "page");
}

/** The tick box that guards a lasting step (retire) against a slip of the finger: a UI safeguard, not a business rule. */
async function unconfirmed(values: Record<string, string>): Promise<ActionState | undefined> {
  if (values.confirm === "on") return undefined;
  const t = await getTranslations("courseAdmin");
  return { ok: false, message: t("confirmRequired"), fieldErrors: { confirm: t("confirmRequired") } };
}

export async function createCourseAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const locale = await getLocale();
  const { values, input } = contentInput(form);
  const created: { id?: string } = {};
  const state = await runAction(async () => {
    created.id = (await createCourse(getDb(), await getActor(), input)).id;
    revalidateCoursePages();
  }, values);
  if (state.ok && created.id) redirect({ href: `/admin/courses/${created.id}`, locale });
  return state;
}

export async function updateCourseAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const { values, input } = contentInput(form);
  return runAction(async () => {
    await updateCourse(getDb(), await getActor(), input);
    revalidateCoursePages();
    const t = await getTranslations("courseAdmin");
    return { ok: true, message: t("courseSaved") };
  }, values);
}

export async function retireCourseAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formDataToObject(form);
  const refused = await unconfirmed(values);
  if (refused) return refused;
  return runAction(async () => {
    const { sectionsRetired } = await retireCourse(getDb(), await getActor(), values);
    revalidateCoursePages();
    const t = await getTranslations("courseAdmin");
    return { ok: true, message: t("courseRetired", { sections: sectionsRetired }) };
  });
}

export async function createSectionAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const locale = await getLocale();
  const values = formDataToObject(form);
  const created: { id?: string } = {};
  const state = await runAction(async () => {
    created.id = (await createSection(getDb(), await getActor(), values)).id;
    revalidateCoursePages();
  }, values);
  if (state.ok && created.id) redirect({ href: `/admin/courses/sections/${created.id}`, locale });
  return state;
}

export async function updateSectionAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formDataToObject(form);
  return runAction(async () => {
    await updateSection(getDb(), await getActor(), values);
    revalidateCoursePages();
    const t = await getTranslations("courseAdmin");
    return { ok: true, message: t("sectionSaved") };
  }, values);
}

/** Capacity goes through the enrollment engine: never below the places held, and new places go to the waitlist at once. */
export async function changeCapacityAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formDataToObject(form);
  return runAction(async () => {
    const { promoted } = await changeSectionCapacity(getDb(), await getActor(), values.sectionId, values.capacity);
    revalidateCoursePages();
    const t = await getTranslations("courseAdmin");
    return { ok: true, message: t("capacitySaved", { promoted: promoted.length }) };
  }, values);
}

export async function retireSectionAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formDataToObject(form);
  const refused = await unconfirmed(values);
  if (refused) return refused;
  return runAction(async () => {
    await retireSection(getDb(), await getActor(), values);
    revalidateCoursePages();
    const t = await getTranslations("courseAdmin");
    return { ok: true, message: t("sectionRetired") };
  });
}

export async function addMeetingAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formDataToObject(form);
  return runAction(async () => {
    await addMeeting(getDb(), await getActor(), values);
    revalidateCoursePages();
    const t = await getTranslations("courseAdmin");
    return { ok: true, message: t("meetingAdded") };
  }, values);
}

export async function removeMeetingAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    await removeMeeting(getDb(), await getActor(), formDataToObject(form));
    revalidateCoursePages();
  });
}

export async function cancelOccurrenceAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formDataToObject(form);
  return runAction(async () => {
    const { notified } = await cancelMeetingOccurrence(getDb(), await getActor(), values);
    revalidateCoursePages();
    const t = await getTranslations("courseAdmin");
    return { ok: true, message: t("occurrenceCancelled", { notified }) };
  }, values);
}
