"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/http/action-state";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

type Action = (previous: ActionState, form: FormData) => Promise<ActionState>;

/** A lasting step (retire a course or a section): a tick box to confirm, then the button. */
export function ConfirmActionForm({ id, action, fields, confirmLabel, buttonLabel }: { id: string; action: Action; fields: Record<string, string>; confirmLabel: string; buttonLabel: string }) {
  const tCommon = useTranslations("common");
  const [state, formAction] = useActionState(action, {});
  const error = state.fieldErrors?.confirm;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor={id} className="flex items-center gap-2">
        <input id={id} type="checkbox" name="confirm" className="size-4" aria-invalid={error ? true : undefined} />
        <span>{confirmLabel}</span>
      </label>
      <SubmitButton pendingLabel={tCommon("working")}>{buttonLabel}</SubmitButton>
    </form>
  );
}
