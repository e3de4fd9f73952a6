"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { addMeetingAction } from "@/lib/courses/catalogue-actions";
import { Field, InputField, describedBy, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Add a weekly meeting (weekday, start and end in Islamabad time) to a section. */
export function MeetingForm({ sectionId }: { sectionId: string }) {
  const t = useTranslations("courseAdmin");
  const tDay = useTranslations("weekdays");
  const tCommon = useTranslations("common");
  const [state, action] = useActionState(addMeetingAction, {});
  const errors = state.fieldErrors ?? {};
  const values = state.ok ? {} : (state.values ?? {});
  return (
    <form key={JSON.stringify(state)} action={action} className="space-y-3" noValidate>
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      <input type="hidden" name="sectionId" value={sectionId} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="meeting-weekday" label={t("weekday")} error={errors.weekday}>
          <select id="meeting-weekday" name="weekday" defaultValue={values.weekday ?? "1"} className={inputClass} {...describedBy("meeting-weekday", { error: errors.weekday })}>
            {WEEKDAYS.map((day) => (
              <option key={day} value={day}>
                {tDay(String(day) as "1")}
              </option>
            ))}
          </select>
        </Field>
        <InputField id="meeting-start" label={t("startTime")} error={errors.startTime} name="startTime" type="time" required defaultValue={values.startTime ?? "17:00"} />
        <InputField id="meeting-end" label={t("endTime")} error={errors.endTime} name="endTime" type="time" required defaultValue={values.endTime ?? "18:30"} />
      </div>
      <SubmitButton pendingLabel={tCommon("working")}>{t("addMeeting")}</SubmitButton>
    </form>
  );
}
