"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import {
  completeFieldTripAction,
  confirmFieldTripAction,
  declineFieldTripAction,
  markFieldTripNoShowAction,
} from "@/lib/field-trips/actions";
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

/** The staff actions a booking allows in its status: confirm/decline while pending, outcome once the visit began. */
export function ReviewBookingActions({ bookingId, reference, status, visitStarted }: { bookingId: string; reference: string; status: string; visitStarted: boolean }) {
  const t = useTranslations("admin.fieldTrips.queue");
  if (status === "PENDING") {
    return (
      <div>
        <ActionButton action={confirmFieldTripAction} fields={{ bookingId }} label={t("confirm")} accessibleLabel={t("confirmLabel", { reference })} />
        <DeclineForm bookingId={bookingId} reference={reference} />
      </div>
    );
  }
  if (status === "CONFIRMED" && visitStarted) {
    return (
      <div className="flex flex-wrap gap-2">
        <ActionButton action={completeFieldTripAction} fields={{ bookingId }} label={t("complete")} accessibleLabel={t("completeLabel", { reference })} />
        <ActionButton action={markFieldTripNoShowAction} fields={{ bookingId }} label={t("noShow")} accessibleLabel={t("noShowLabel", { reference })} tone="secondary" />
      </div>
    );
  }
  return null;
}
