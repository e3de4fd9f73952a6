"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/http/action-state";
import { describedBy, inputClass } from "@/components/ui/field";

/**
 * A decision that needs a reason the other person will read (decline a booking, a membership): a
 * disclosure with the reason field, its errors, and the submit button. Bounds come from the
 * service's schema, so the form and the server agree.
 */
export function DeclineWithReasonForm({
  action: serverAction,
  fields,
  id,
  toggleLabel,
  reasonLabel,
  submitLabel,
  reasonLength,
}: {
  action: (previous: ActionState, form: FormData) => Promise<ActionState>;
  /** Hidden fields that name the record. */
  fields: Record<string, string>;
  /** Unique per record on the page: ids the label, errors and hints hang on. */
  id: string;
  toggleLabel: string;
  reasonLabel: string;
  submitLabel: string;
  reasonLength: { min: number; max: number };
}) {
  const tCommon = useTranslations("common");
  const [state, action, pending] = useActionState(serverAction, {});
  const error = state.fieldErrors?.reason;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-semibold text-accent-600">{toggleLabel}</summary>
      <form action={action} className="mt-2 space-y-2" noValidate>
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {reasonLabel}
        </label>
        <textarea
          id={id}
          name="reason"
          required
          minLength={reasonLength.min}
          maxLength={reasonLength.max}
          rows={2}
          defaultValue={state.values?.reason}
          className={inputClass}
          {...describedBy(id, { error })}
        />
        {error && (
          <p id={`${id}-error`} role="alert" className="text-sm text-accent-600">
            {error}
          </p>
        )}
        {state.ok === false && !error && state.message && (
          <p role="alert" className="text-sm text-accent-600">
            {state.message}
          </p>
        )}
        <button type="submit" disabled={pending} className="rounded bg-accent-600 px-3 py-1 font-semibold text-white hover:bg-red-800 disabled:opacity-60">
          {pending ? tCommon("working") : submitLabel}
        </button>
      </form>
    </details>
  );
}
