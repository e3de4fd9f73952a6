"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import {
  completeFieldTripAction,
  confirmFieldTripAction,
  declineFieldTripAction,
  markFieldTripNoShowAction,
} from "@/lib/field-trips/actions";
import type { BookingAction } from "@/lib/field-trips/policy";
import { describedBy, inputClass } from "@/components/ui/field";
import { ActionButton } from "@/components/ui/action-button";

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

/**
 * The staff decisions on a booking: exactly the `actions` the policy allows now (`allowedActions`),
 * of those decided with one click or a reason. Headcount and cancellation have forms of their own
 * on the booking's page.
 */
export function ReviewBookingActions({ bookingId, reference, actions }: { bookingId: string; reference: string; actions: readonly BookingAction[] }) {
  const t = useTranslations("admin.fieldTrips.queue");
  const has = (action: BookingAction) => actions.includes(action);
  if (!has("confirm") && !has("complete") && !has("noShow") && !has("decline")) return null;
  return (
    <div>
      <div className="flex flex-wrap gap-2">
        {has("confirm") && <ActionButton action={confirmFieldTripAction} fields={{ bookingId }} label={t("confirm")} accessibleLabel={t("confirmLabel", { reference })} />}
        {has("complete") && <ActionButton action={completeFieldTripAction} fields={{ bookingId }} label={t("complete")} accessibleLabel={t("completeLabel", { reference })} />}
        {has("noShow") && (
          <ActionButton action={markFieldTripNoShowAction} fields={{ bookingId }} label={t("noShow")} accessibleLabel={t("noShowLabel", { reference })} tone="secondary" />
        )}
      </div>
      {has("decline") && <DeclineForm bookingId={bookingId} reference={reference} />}
    </div>
  );
}
