"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveOwnBirthYearAction } from "@/lib/courses/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { formMessage } from "@/components/field-trips/form-message";
import { BirthYearField } from "./birth-year-field";

/** The account holder as a learner: their year of birth (the name comes from the account). */
export function OwnBirthYearForm({ birthYear, idPrefix = "self" }: { birthYear?: number; idPrefix?: string }) {
  const t = useTranslations("courseLearner.forms");
  const tCommon = useTranslations("common");
  const [state, action] = useActionState(saveOwnBirthYearAction, {});
  const errors = state.fieldErrors ?? {};
  const shown = state.ok ? String(birthYear ?? "") : (state.values?.birthYear ?? (birthYear === undefined ? "" : String(birthYear)));

  return (
    <form key={`${shown}:${state.message ?? ""}`} action={action} className="space-y-4" noValidate>
      <FormAlert message={formMessage(state)} tone={state.ok ? "success" : "error"} />
      <BirthYearField id={`${idPrefix}-birthYear`} label={t("ownBirthYear")} hint={t("birthYearHint")} error={errors.birthYear} defaultValue={shown} />
      <SubmitButton pendingLabel={tCommon("working")}>{t("saveOwnBirthYear")}</SubmitButton>
    </form>
  );
}
