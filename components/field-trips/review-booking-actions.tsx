"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import {
  completeFieldTripAction,
  confirmFieldTripAction,
  declineFieldTripAction,
  markFieldTripNoShowAction,
} from "@/lib/field-trips/actions";
import type { ActionState } from "@/lib/http/action-state";
import { describedBy, inputClass } from "@/components/ui/field";

type Action = (previous: ActionState, form: FormData) => Promise<ActionState>;

const buttonStyles = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-slate-400 bg-white text-slate-800 hover:bg-slate-100",
} as const;

/** One button that posts the booking id to a staff action and shows its error, if any. */
function TransitionButton({ action, bookingId, label, accessibleLabel, tone = "primary" }: { action: Action; bookingId: string; label: string; accessibleLabel: string; tone?: keyof typeof buttonStyles }) {
  const [state, formAction, pending] = useActionState(action, {});
  const t = useTranslations("common");
  return (
    <form action={formAction}>
      <input type="hidden" name="bookingId" value={bookingId} />
      <button type="submit" aria-label={accessibleLabel} disabled={pending} className={`rounded px-3 py-1 font-semibold disabled:opacity-60 ${buttonStyles[tone]}`}>
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

function DeclineForm({ bookingId, reference }: { bookingId: string; reference: string }) {
  const t = useTranslations("admin.fieldTrips.queue");
  const tCommon = useTranslations("common");
  const [state, action, pending] = useActionState(declineFieldTripAction, {});
  const id = `decline-reason-${bookingId}`;
  const error = state.fieldErrors?.reason;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-semibold text-accent-600">{t("declineToggle")}</summary>
      <form action={action} className="mt-2 space-y-2" noValidate>
        <input type="hidden" name="bookingId" value={bookingId} />
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {t("declineReason", { reference })}
        </label>
        <textarea
          id={id}
          name="reason"
          required
          minLength={5}
          maxLength={500}
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
          {pending ? tCommon("working") : t("declineSubmit", { reference })}
        </button>
      </form>
    </details>
  );
}

/** The staff actions a booking allows in its status: confirm/decline while pending, outcome once the visit began. */
export function ReviewBookingActions({ bookingId, reference, status, visitStarted }: { bookingId: string; reference: string; status: string; visitStarted: boolean }) {
  const t = useTranslations("admin.fieldTrips.queue");
  if (status === "PENDING") {
    return (
      <div>
        <TransitionButton action={confirmFieldTripAction} bookingId={bookingId} label={t("confirm")} accessibleLabel={t("confirmLabel", { reference })} />
        <DeclineForm bookingId={bookingId} reference={reference} />
      </div>
    );
  }
  if (status === "CONFIRMED" && visitStarted) {
    return (
      <div className="flex flex-wrap gap-2">
        <TransitionButton action={completeFieldTripAction} bookingId={bookingId} label={t("complete")} accessibleLabel={t("completeLabel", { reference })} />
        <TransitionButton action={markFieldTripNoShowAction} bookingId={bookingId} label={t("noShow")} accessibleLabel={t("noShowLabel", { reference })} tone="secondary" />
      </div>
    );
  }
  return null;
}
