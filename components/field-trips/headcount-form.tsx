"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changeHeadcountAction } from "@/lib/field-trips/actions";
import { InputField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
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
        <InputField id="headcount-students" label={t("students")} error={errors.students} name="students" type="number" inputMode="numeric" min={1} required defaultValue={shown.students} />
        <InputField id="headcount-chaperones" label={t("chaperones")} error={errors.chaperones} name="chaperones" type="number" inputMode="numeric" min={0} required defaultValue={shown.chaperones} />
      </div>
      <SubmitButton pendingLabel={tCommon("working")}>{t("saveHeadcount")}</SubmitButton>
    </form>
  );
}
