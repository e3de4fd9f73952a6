"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { enrollAction, type EnrollState } from "@/lib/courses/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { formMessage } from "@/components/field-trips/form-message";

export interface LearnerChoice {
  id: string;
  name: string;
  /** Age reached this year. */
  age: number;
  /** The account holder themself. */
  self: boolean;
}

/**
 * Enrolls one of the person's learners in a section. When the service refuses because of a
 * timetable clash, the clashing sections are listed and "Enroll anyway" sends the same choice again
 * with the clash acknowledged.
 */
export function EnrollForm({ sectionId, learners, waitlist }: { sectionId: string; learners: LearnerChoice[]; waitlist: boolean }) {
  const t = useTranslations("courseLearner.forms");
  const tCommon = useTranslations("common");
  const [state, action] = useActionState<EnrollState, FormData>(enrollAction, {});
  const error = state.fieldErrors?.learnerId;
  const chosen = state.values?.learnerId ?? (learners.length === 1 ? learners[0].id : undefined);

  return (
    <div className="space-y-4">
      <form key={JSON.stringify(state.values ?? {})} action={action} className="space-y-4" noValidate>
        {!state.clashes && <FormAlert message={formMessage(state)} />}
        <input type="hidden" name="sectionId" value={sectionId} />
        <fieldset aria-describedby={error ? "learnerId-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">{t("learner")}</legend>
          <div className="mt-2 space-y-2">
            {learners.map((learner) => (
              <label key={learner.id} className="flex items-center gap-2">
                <input type="radio" name="learnerId" value={learner.id} defaultChecked={learner.id === chosen} required className="size-4" />
                <span>{t(learner.self ? "learnerSelf" : "learnerAge", { name: learner.name, age: learner.age })}</span>
              </label>
            ))}
          </div>
          {error && (
            <p id="learnerId-error" className="mt-2 text-sm text-accent-600" role="alert">
              {error}
            </p>
          )}
        </fieldset>
        {!state.clashes && <SubmitButton pendingLabel={tCommon("working")}>{waitlist ? t("joinWaitlist") : t("enroll")}</SubmitButton>}
      </form>

      {state.clashes && (
        <form action={action} className="space-y-3 rounded border-s-4 border-amber-600 bg-amber-50 p-4 text-amber-950" aria-labelledby="clash-title">
          <div role="alert" className="space-y-3">
            <h3 id="clash-title" className="font-semibold">
              {t("clashTitle")}
            </h3>
            <ul className="list-disc ps-5" data-testid="clashes">
              {state.clashes.map((clash) => (
                <li key={clash.sectionId}>
                  {clash.code} · {clash.course}
                </li>
              ))}
            </ul>
            <p className="text-sm">{t("clashHint")}</p>
          </div>
          <input type="hidden" name="sectionId" value={sectionId} />
          <input type="hidden" name="learnerId" value={state.values?.learnerId ?? ""} />
          <input type="hidden" name="acknowledgeClash" value="on" />
          <SubmitButton pendingLabel={tCommon("working")}>{t("enrollAnyway")}</SubmitButton>
        </form>
      )}
    </div>
  );
}
