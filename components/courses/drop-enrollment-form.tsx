"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { dropEnrollmentAction } from "@/lib/courses/actions";
import { InputField } from "@/components/ui/field";
import { DROP_REASON_LENGTH } from "@/lib/courses/rules";
import { FormAlert } from "@/components/ui/form-alert";

/** The second step of dropping: the person has read what it means and confirms (works without script). */
export function DropEnrollmentForm({ enrollmentId }: { enrollmentId: string }) {
  const t = useTranslations("courseLearner.forms");
  const tCommon = useTranslations("common");
  const [state, action, pending] = useActionState(dropEnrollmentAction, {});

  return (
    <form action={action} className="space-y-4">
      <FormAlert message={state.message} />
      <input type="hidden" name="enrollmentId" value={enrollmentId} />
      <InputField id="drop-reason" label={t("dropReason")} error={state.fieldErrors?.reason} name="reason" maxLength={DROP_REASON_LENGTH.max} defaultValue={state.values?.reason} />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-accent-600 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:cursor-not-allowed disabled:opacity-60"
      >
        {pending ? tCommon("working") : t("dropConfirm")}
      </button>
    </form>
  );
}
