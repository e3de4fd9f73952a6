"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { getActor } from "@/lib/auth/session.server";
import { getDb } from "@/lib/db.server";
import { redirect } from "@/lib/i18n/navigation";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { formDataToObject } from "@/lib/validation";
import { markAttendance } from "./mark-attendance";

/** The field of one learner's mark in the attendance form: `mark.<enrollmentId>`. */
const MARK_FIELD = /^mark\.(.+)$/;

/**
 * The attendance form of one meeting date: each learner's radio group becomes a mark (learners left
 * unmarked are left alone). On success, back to the section, whose rates now count the marks.
 */
export async function markAttendanceAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const locale = await getLocale();
  const values = formDataToObject(form);
  const marks = Object.entries(values).flatMap(([key, status]) => {
    const match = MARK_FIELD.exec(key);
    return match ? [{ enrollmentId: match[1], status }] : [];
  });
  const state = await runAction(async () => {
    await markAttendance(getDb(), await getActor(), { sectionId: values.sectionId, date: values.date, marks });
    revalidatePath("/[locale]/teach", "page");
    revalidatePath("/[locale]/teach/sections/[id]", "page");
    revalidatePath("/[locale]/teach/sections/[id]/attendance/[date]", "page");
  }, values);
  if (state.ok) redirect({ href: { pathname: `/teach/sections/${values.sectionId}`, query: { marked: values.date } }, locale });
  return state;
}
