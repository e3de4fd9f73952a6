"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { addChildAction } from "@/lib/courses/actions";
import { LEARNER_NAME_LENGTH } from "@/lib/courses/rules";
import { InputField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { formMessage } from "@/components/field-trips/form-message";
import { BirthYearField } from "./birth-year-field";

/** A parent adds a child they look after: a name and a year of birth (no more is kept). */
export function AddChildForm({ idPrefix = "child" }: { idPrefix?: string }) {
  const t = useTranslations("courseLearner.forms");
  const tCommon = useTranslations("common");
  const [state, action] = useActionState(addChildAction, {});
  const errors = state.fieldErrors ?? {};
  // After a success the form starts empty again; after a refusal it keeps what was typed.
  const values = state.ok ? {} : (state.values ?? {});

  return (
    <form key={state.ok ? state.message : JSON.stringify(values)} action={action} className="space-y-4" noValidate>
      <FormAlert message={formMessage(state)} tone={state.ok ? "success" : "error"} />
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField id={`${idPrefix}-name`} label={t("childName")} error={errors.name} name="name" autoComplete="off" required maxLength={LEARNER_NAME_LENGTH} defaultValue={values.name} />
        <BirthYearField id={`${idPrefix}-birthYear`} label={t("birthYear")} hint={t("birthYearHint")} error={errors.birthYear} defaultValue={values.birthYear} />
      </div>
      <SubmitButton pendingLabel={tCommon("working")}>{t("addChild")}</SubmitButton>
    </form>
  );
}
