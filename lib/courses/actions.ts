"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session.server";
import { getDb } from "@/lib/db.server";
import { isDomainError } from "@/lib/errors";
import { redirect } from "@/lib/i18n/navigation";
import { translated } from "@/lib/i18n/translated";
import { isLocale, defaultLocale } from "@/lib/i18n/locales";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { formDataToObject } from "@/lib/validation";
import { addLearner } from "./add-learner";
import { saveSelfLearner } from "./save-self-learner";
import { addGuardian } from "./add-guardian";
import { enrollLearner } from "./enroll-learner";
import { findScheduleClashes } from "./find-schedule-clashes";
import { acceptOffer } from "./accept-offer";
import { dropEnrollment } from "./drop-enrollment";

/** The conflict `enrollLearner` refuses with when the learner's other sections meet at the same time. */
const SCHEDULE_CLASH = "errors.courses.scheduleClash";

/** Pages that show a person's learners or enrollments, or a section's places. */
function revalidateLearnerPages() {
  revalidatePath("/[locale]/my/learners", "page");
  revalidatePath("/[locale]/my/courses", "page");
  revalidatePath("/[locale]/my/courses/[id]", "page");
  revalidatePath("/[locale]/courses/[slug]/enroll", "page");
}

function revalidateEnrollmentPages() {
  revalidateLearnerPages();
  revalidatePath("/[locale]/courses", "page");
  revalidatePath("/[locale]/courses/[slug]", "page");
}

/** A refusal that names no field (a conflict, a not-found) is shown next to the field it is about. */
function besideField<S extends ActionState>(state: S, field: string): S {
  if (state.ok || !state.message || Object.keys(state.fieldErrors ?? {}).length > 0) return state;
  return { ...state, fieldErrors: { [field]: state.message } };
}

// ───────────── learner profiles ─────────────

export async function addChildAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formDataToObject(form);
  return runAction(async () => {
    const learner = await addLearner(getDb(), await getActor(), { name: values.name, birthYear: values.birthYear });
    revalidateLearnerPages();
    const t = await getTranslations("courseLearner.forms");
    return { ok: true, message: t("childAdded", { name: learner.name }) };
  }, values);
}

export async function saveOwnBirthYearAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formDataToObject(form);
  return runAction(async () => {
    await saveSelfLearner(getDb(), await getActor(), { birthYear: values.birthYear });
    revalidateLearnerPages();
    const t = await getTranslations("courseLearner.forms");
    return { ok: true, message: t("ownBirthYearSaved") };
  }, values);
}

export async function addGuardianAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formDataToObject(form);
  const state = await runAction(async () => {
    await addGuardian(getDb(), await getActor(), values.learnerId ?? "", { email: values.email });
    revalidateLearnerPages();
    const t = await getTranslations("courseLearner.forms");
    return { ok: true, message: t("guardianAdded") };
  }, values);
  return besideField(state, "email");
}

// ───────────── enrollments ─────────────

/** A section the learner already attends at the same time, as the enroll form lists it. */
export interface ClashSummary {
  sectionId: string;
  code: string;
  course: string;
}

export interface EnrollState extends ActionState {
  /** Set when the only refusal is a timetable clash: the form offers "Enroll anyway". */
  clashes?: ClashSummary[];
}

export async function enrollAction(_previous: EnrollState, form: FormData): Promise<EnrollState> {
  const locale = await getLocale();
  const values = formDataToObject(form);
  const input = { sectionId: values.sectionId ?? "", learnerId: values.learnerId ?? "", acknowledgeClash: values.acknowledgeClash === "on" };
  const made: { id?: string } = {};
  let clashed = false;
  const state = await runAction(async () => {
    try {
      made.id = (await enrollLearner(getDb(), await getActor(), input)).enrollment.id;
    } catch (error) {
      clashed = isDomainError(error) && error.messageKey === SCHEDULE_CLASH;
      throw error;
    }
    revalidateEnrollmentPages();
  }, values);
  if (state.ok && made.id) redirect({ href: { pathname: `/my/courses/${made.id}`, query: { enrolled: "1" } }, locale });
  if (clashed) {
    const lang = isLocale(locale) ? locale : defaultLocale;
    const clashes = await findScheduleClashes(getDb(), { learnerId: input.learnerId, sectionId: input.sectionId });
    return {
      ...state,
      clashes: clashes.map(({ section }) => ({ sectionId: section.id, code: section.code, course: translated(section.course, "title", lang) })),
    };
  }
  // Refusals about the learner (age, already enrolled) or the section (deadline, closed) stand next to the choice of learner.
  return besideField(state, "learnerId");
}

export async function acceptOfferAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const locale = await getLocale();
  const enrollmentId = formDataToObject(form).enrollmentId ?? "";
  const state = await runAction(async () => {
    await acceptOffer(getDb(), await getActor(), enrollmentId);
    revalidateEnrollmentPages();
  });
  // The offer's form is gone once the place is taken, so the news is told on the enrollment's own page.
  if (state.ok) redirect({ href: { pathname: `/my/courses/${enrollmentId}`, query: { accepted: "1" } }, locale });
  return state;
}

export async function dropEnrollmentAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const locale = await getLocale();
  const values = formDataToObject(form);
  const state = await runAction(async () => {
    await dropEnrollment(getDb(), await getActor(), values.enrollmentId ?? "", { reason: values.reason || undefined });
    revalidateEnrollmentPages();
  }, values);
  if (state.ok) redirect({ href: { pathname: "/my/courses", query: { dropped: "1" } }, locale });
  return state;
}
