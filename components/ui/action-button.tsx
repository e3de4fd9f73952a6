"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/http/action-state";

type Action = (previous: ActionState, form: FormData) => Promise<ActionState>;

const tones = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-slate-400 bg-white text-slate-800 hover:bg-slate-100",
} as const;

/**
 * A one-click server action (confirm, close, verify…): posts its hidden fields, says it is working,
 * and shows the localized refusal if the service says no.
 */
export function ActionButton({
  action,
  fields,
  label,
  accessibleLabel,
  tone = "primary",
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  accessibleLabel?: string;
  tone?: keyof typeof tones;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const t = useTranslations("common");
  return (
    <form action={formAction}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" aria-label={accessibleLabel} disabled={pending} className={`rounded px-3 py-1 text-sm font-semibold disabled:opacity-60 ${tones[tone]}`}>
        {pending ? t("working") : label}
      </button>
      {state.ok === false && state.message && (
        <p role="alert" className="mt-1 text-sm text-accent-600">
          {state.message}
        </p>
      )}
    </form>
  );
}
