"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { addGuardianAction } from "@/lib/courses/actions";
import { InputField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { formMessage } from "@/components/field-trips/form-message";

/** A guardian names a second guardian of a learner by the email of their portal account. */
export function AddGuardianForm({ learnerId }: { learnerId: string }) {
  const t = useTranslations("courseLearner.forms");
  const tCommon = useTranslations("common");
  const [state, action] = useActionState(addGuardianAction, {});
  const errors = state.fieldErrors ?? {};
  const values = state.ok ? {} : (state.values ?? {});
  const id = `guardian-${learnerId}`;

  return (
    <form key={state.ok ? state.message : JSON.stringify(values)} action={action} className="space-y-3" noValidate>
      <FormAlert message={formMessage(state)} tone={state.ok ? "success" : "error"} />
      <input type="hidden" name="learnerId" value={learnerId} />
      <InputField id={id} label={t("guardianEmail")} hint={t("guardianEmailHint")} error={errors.email} name="email" type="email" autoComplete="off" required defaultValue={values.email} />
      <SubmitButton pendingLabel={tCommon("working")}>{t("addGuardian")}</SubmitButton>
    </form>
  );
}
