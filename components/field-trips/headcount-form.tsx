"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changeHeadcountAction } from "@/lib/field-trips/actions";
import { Field, FormAlert, SubmitButton, describedBy, inputClass } from "@/components/ui/form";
import { formMessage } from "./form-message";

/** The coordinator changes the number of students and chaperones of their booking. */
export function HeadcountForm({ bookingId, students, chaperones }: { bookingId: string; students: number; chaperones: number }) {
  const t = useTranslations("fieldTrips.my");
  const tCommon = useTranslations("common");
  const [state, action] = useActionState(changeHeadcountAction, {});
  const errors = state.fieldErrors ?? {};
  const entered = state.ok ? {} : (state.values ?? {});
  const shown = { students: entered.students ?? String(students), chaperones: entered.chaperones ?? String(chaperones) };

  return (
    <form key={`${shown.students}:${shown.chaperones}`} action={action} className="space-y-4" noValidate>
      <FormAlert message={formMessage(state)} tone={state.ok ? "success" : "error"} />
      <input type="hidden" name="bookingId" value={bookingId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="headcount-students" label={t("students")} error={errors.students}>
          <input
            id="headcount-students"
            name="students"
            type="number"
            inputMode="numeric"
            min={1}
            required
            defaultValue={shown.students}
            className={inputClass}
            {...describedBy("headcount-students", { error: errors.students })}
          />
        </Field>
        <Field id="headcount-chaperones" label={t("chaperones")} error={errors.chaperones}>
          <input
            id="headcount-chaperones"
            name="chaperones"
            type="number"
            inputMode="numeric"
            min={0}
            required
            defaultValue={shown.chaperones}
            className={inputClass}
            {...describedBy("headcount-chaperones", { error: errors.chaperones })}
          />
        </Field>
      </div>
      <SubmitButton pendingLabel={tCommon("working")}>{t("saveHeadcount")}</SubmitButton>
    </form>
  );
}
