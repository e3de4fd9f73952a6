"use client";

import { useTranslations } from "next-intl";
import {
  completeFieldTripAction,
  confirmFieldTripAction,
  declineFieldTripAction,
  markFieldTripNoShowAction,
} from "@/lib/field-trips/actions";
import type { BookingAction } from "@/lib/field-trips/policy";
import { DECLINE_REASON_LENGTH } from "@/lib/field-trips/rules";
import { ActionButton } from "@/components/ui/action-button";
import { DeclineWithReasonForm } from "@/components/ui/decline-with-reason-form";

function DeclineForm({ bookingId, reference }: { bookingId: string; reference: string }) {
  const t = useTranslations("admin.fieldTrips.queue");
  return (
    <DeclineWithReasonForm
      action={declineFieldTripAction}
      fields={{ bookingId }}
      id={`decline-reason-${bookingId}`}
      toggleLabel={t("declineToggle")}
      reasonLabel={t("declineReason", { reference })}
      submitLabel={t("declineSubmit", { reference })}
      reasonLength={DECLINE_REASON_LENGTH}
    />
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
