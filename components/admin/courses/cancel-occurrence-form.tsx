"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { cancelOccurrenceAction } from "@/lib/courses/catalogue-actions";
import { SECTION_LIMITS } from "@/lib/courses/rules";
import { describedBy, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/** Cancel one dated occurrence of a weekly meeting, with an optional reason the learners are told. */
export function CancelOccurrenceForm({ meetingId, date, label }: { meetingId: string; date: string; label: string }) {
  const t = useTranslations("courseAdmin");
  const tCommon = useTranslations("common");
  const [state, action] = useActionState(cancelOccurrenceAction, {});
  const id = `cancel-${meetingId}-${date}`;
  const error = state.ok === false ? (state.fieldErrors?.reason ?? state.message) : undefined;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" noValidate>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="date" value={date} />
      <label htmlFor={id} className="sr-only">
        {t("reasonFor", { occurrence: label })}
      </label>
      <input id={id} name="reason" type="text" maxLength={SECTION_LIMITS.maxReasonLength} placeholder={t("reasonPlaceholder")} className={`${inputClass} mt-0 w-56`} {...describedBy(id, { error })} />
      <SubmitButton pendingLabel={tCommon("working")}>{t("cancelOccurrence")}</SubmitButton>
      {error && (
        <p id={`${id}-error`} role="alert" className="basis-full text-sm text-accent-600">
          {error}
        </p>
      )}
      {state.ok && (
        <p role="status" className="basis-full text-sm text-green-900">
          {state.message}
        </p>
      )}
    </form>
  );
}
