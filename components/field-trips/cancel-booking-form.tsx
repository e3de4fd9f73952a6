"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { cancelFieldTripAction } from "@/lib/field-trips/actions";
import { FormAlert } from "@/components/ui/form-alert";

/** Cancelling takes two deliberate steps: tick the confirmation box, then press the button. */
export function CancelBookingForm({ bookingId }: { bookingId: string }) {
  const t = useTranslations("fieldTrips.my");
  const tCommon = useTranslations("common");
  const [state, action, pending] = useActionState(cancelFieldTripAction, {});
  const [confirmed, setConfirmed] = useState(false);
  const error = state.fieldErrors?.confirm;

  return (
    <form action={action} className="space-y-4">
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      <input type="hidden" name="bookingId" value={bookingId} />
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          name="confirm"
          checked={confirmed}
          onChange={(event) => setConfirmed(event.target.checked)}
          className="mt-1.5 size-4"
          aria-invalid={error ? true : undefined}
          aria-describedby="cancel-confirm-hint"
        />
        <span className="font-medium text-slate-800">{t("cancelConfirm")}</span>
      </label>
      <p id="cancel-confirm-hint" className="ms-6 text-sm text-slate-600">
        {t("cancelHint")}
      </p>
      <button
        type="submit"
        disabled={!confirmed || pending}
        className="rounded bg-accent-600 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:cursor-not-allowed disabled:opacity-60"
      >
        {pending ? tCommon("working") : t("cancelSubmit")}
      </button>
    </form>
  );
}
