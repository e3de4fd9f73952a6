"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatFor } from "@/lib/i18n/format";
import { addLearnerOnBehalfAction, enrollOnBehalfAction } from "@/lib/courses/roster-actions";
import { BIRTH_YEAR_RANGE } from "@/lib/courses/rules";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

export interface LearnerChoice {
  id: string;
  name: string;
  birthYear: number;
  /** The account holder's own learner profile (not a child of theirs). */
  self: boolean;
}

/** Staff pick one of the account's learners and enroll them in this section (or queue them when full). */
export function EnrollOnBehalfForm({ sectionId, learners }: { sectionId: string; learners: readonly LearnerChoice[] }) {
  const t = useTranslations("courseRosters.enroll");
  const format = formatFor(useLocale());
  const [state, action] = useActionState(enrollOnBehalfAction, {});
  const learnerError = state.fieldErrors?.learnerId;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="sectionId" value={sectionId} />
      <fieldset className="space-y-1" {...describedBy("enroll-learner", { error: learnerError })}>
        <legend className="text-sm font-medium text-slate-800">{t("learnerLegend")}</legend>
        {learners.map((learner, index) => (
          <label key={learner.id} className="flex items-center gap-2">
            <input type="radio" name="learnerId" value={learner.id} defaultChecked={state.values?.learnerId ? state.values.learnerId === learner.id : index === 0} className="size-4" />
            <span>
              {t("learnerOption", { name: learner.name, birthYear: format.year(learner.birthYear) })}
              {learner.self && <span className="ms-1 text-slate-600">({t("selfTag")})</span>}
            </span>
          </label>
        ))}
        {learnerError && (
          <p id="enroll-learner-error" role="alert" className="text-sm text-accent-600">
            {learnerError}
          </p>
        )}
      </fieldset>
      <label className="flex items-start gap-2">
        <input type="checkbox" name="acknowledgeClash" className="mt-1 size-4" defaultChecked={state.values?.acknowledgeClash === "on"} />
        <span className="text-sm text-slate-800">{t("acknowledgeClash")}</span>
      </label>
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

/** A learner profile for the account: its holder (named after the account) or a child of theirs. */
export function AddLearnerOnBehalfForm({ userId }: { userId: string }) {
  const t = useTranslations("courseRosters.enroll");
  const [state, action] = useActionState(addLearnerOnBehalfAction, {});
  const [kind, setKind] = useState(state.values?.kind ?? "child");
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">{t("kindLegend")}</legend>
        {(["child", "self"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} className="size-4" />
            <span>{t(value === "self" ? "kindSelf" : "kindChild")}</span>
          </label>
        ))}
      </fieldset>
      {kind === "child" && (
        <Field id="add-learner-name" label={t("childName")} error={errors.name}>
          <input id="add-learner-name" name="name" defaultValue={state.values?.name} className={inputClass} {...describedBy("add-learner-name", { error: errors.name })} />
        </Field>
      )}
      <Field id="add-learner-birth-year" label={t("birthYear")} error={errors.birthYear}>
        <input
          id="add-learner-birth-year"
          name="birthYear"
          type="number"
          inputMode="numeric"
          min={BIRTH_YEAR_RANGE.min}
          max={BIRTH_YEAR_RANGE.max}
          defaultValue={state.values?.birthYear}
          className={inputClass}
          {...describedBy("add-learner-birth-year", { error: errors.birthYear })}
        />
      </Field>
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      <SubmitButton>{t("addSubmit")}</SubmitButton>
    </form>
  );
}
