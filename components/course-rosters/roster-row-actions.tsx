"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { moveEnrollmentAction, recordPaymentAction, removeEnrollmentAction } from "@/lib/courses/roster-actions";
import { PAYMENT_STATUSES, RECEIPT_REFERENCE_LENGTH } from "@/lib/courses/rules";
import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import { describedBy, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import type { ActionState } from "@/lib/http/action-state";
import { useRosterNotice } from "./roster-notice";

/**
 * A row action whose success takes the row off the list: its message goes to the roster's notice
 * area, in the same update that removes the row.
 */
function useLeavingRowAction(serverAction: (previous: ActionState, form: FormData) => Promise<ActionState>) {
  const announce = useRosterNotice();
  return useActionState(async (previous: ActionState, form: FormData) => {
    const result = await serverAction(previous, form);
    if (result.ok && result.message) announce(result.message);
    return result;
  }, {});
}

const toggleClass = "cursor-pointer text-sm font-semibold text-brand-700 underline underline-offset-2";
const buttonClass = "rounded bg-brand-700 px-3 py-1 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
const labelClass = "block text-sm font-medium text-slate-800";

/** Unpaid, paid with the desk's receipt number, or waived; the receipt field matters only for paid. */
function PaymentForm({ enrollmentId, learnerName, status, receiptReference }: { enrollmentId: string; learnerName: string; status: PaymentStatus; receiptReference: string | null }) {
  const t = useTranslations("courseRosters");
  const tCommon = useTranslations("common");
  const [state, action, pending] = useActionState(recordPaymentAction, {});
  // Controlled, so React's reset of a submitted form never puts back the old status behind the staff's back.
  const [chosen, setChosen] = useState<string>(status);
  const [receipt, setReceipt] = useState(receiptReference ?? "");
  const id = `payment-${enrollmentId}`;
  const receiptError = state.fieldErrors?.receiptReference;
  return (
    <details>
      <summary className={toggleClass}>{t("payment.toggle")}</summary>
      <form action={action} className="mt-2 space-y-2" noValidate>
        <input type="hidden" name="enrollmentId" value={enrollmentId} />
        <fieldset className="space-y-2">
          <legend className="sr-only">{t("payment.legend", { name: learnerName })}</legend>
          <div>
            <label htmlFor={`${id}-status`} className={labelClass}>
              {t("payment.statusLabel")}
            </label>
            <select id={`${id}-status`} name="status" value={chosen} onChange={(event) => setChosen(event.target.value)} className={inputClass}>
              {PAYMENT_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t(`paymentStatus.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-receipt`} className={labelClass}>
              {t("payment.receiptLabel")}
            </label>
            <input
              id={`${id}-receipt`}
              name="receiptReference"
              maxLength={RECEIPT_REFERENCE_LENGTH.max}
              value={receipt}
              onChange={(event) => setReceipt(event.target.value)}
              className={inputClass}
              dir="ltr"
              {...describedBy(`${id}-receipt`, { error: receiptError, hint: "hint" })}
            />
            <p id={`${id}-receipt-hint`} className="mt-1 text-xs text-slate-600">
              {t("payment.receiptHint", { max: RECEIPT_REFERENCE_LENGTH.max })}
            </p>
            {receiptError && (
              <p id={`${id}-receipt-error`} role="alert" className="mt-1 text-sm text-accent-600">
                {receiptError}
              </p>
            )}
          </div>
        </fieldset>
        {!receiptError && <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />}
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? tCommon("working") : t("payment.submit")}
        </button>
      </form>
    </details>
  );
}

export interface MoveChoice {
  id: string;
  code: string;
  placesLeft: number;
}

/** Another live section of the same course; the engine gives the learner a place there or queues them. */
function MoveForm({ enrollmentId, learnerName, choices }: { enrollmentId: string; learnerName: string; choices: readonly MoveChoice[] }) {
  const t = useTranslations("courseRosters");
  const tCommon = useTranslations("common");
  const [state, action, pending] = useLeavingRowAction(moveEnrollmentAction);
  const id = `move-${enrollmentId}`;
  return (
    <details>
      <summary className={toggleClass}>{t("move.toggle")}</summary>
      {choices.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("move.none")}</p>
      ) : (
        <form action={action} className="mt-2 space-y-2">
          <input type="hidden" name="enrollmentId" value={enrollmentId} />
          <label htmlFor={id} className={labelClass}>
            {t("move.label")}
            <span className="sr-only"> {t("move.for", { name: learnerName })}</span>
          </label>
          <select id={id} name="toSectionId" className={inputClass} defaultValue={state.values?.toSectionId}>
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {t("move.option", { code: choice.code, places: choice.placesLeft })}
              </option>
            ))}
          </select>
          <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
          <button type="submit" disabled={pending} className={buttonClass}>
            {pending ? tCommon("working") : t("move.submit")}
          </button>
        </form>
      )}
    </details>
  );
}

/** Removing takes two deliberate steps: tick the confirmation box, then press the button. */
function RemoveForm({ enrollmentId, learnerName }: { enrollmentId: string; learnerName: string }) {
  const t = useTranslations("courseRosters");
  const tCommon = useTranslations("common");
  const [state, action, pending] = useLeavingRowAction(removeEnrollmentAction);
  const [confirmed, setConfirmed] = useState(false);
  const id = `remove-${enrollmentId}`;
  const confirmError = state.fieldErrors?.confirm;
  return (
    <details>
      <summary className="cursor-pointer text-sm font-semibold text-accent-600 underline underline-offset-2">{t("remove.toggle")}</summary>
      <form action={action} className="mt-2 space-y-2">
        <input type="hidden" name="enrollmentId" value={enrollmentId} />
        <label htmlFor={`${id}-reason`} className={labelClass}>
          {t("remove.reasonLabel")}
        </label>
        <textarea id={`${id}-reason`} name="reason" rows={2} defaultValue={state.values?.reason} className={inputClass} {...describedBy(`${id}-reason`, { error: state.fieldErrors?.reason, hint: "hint" })} />
        <p id={`${id}-reason-hint`} className="text-xs text-slate-600">
          {t("remove.reasonHint")}
        </p>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="confirm"
            checked={confirmed}
            onChange={(event) => setConfirmed(event.target.checked)}
            className="mt-1 size-4"
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={`${id}-hint`}
          />
          <span className="text-sm font-medium text-slate-800">{t("remove.confirm", { name: learnerName })}</span>
        </label>
        <p id={`${id}-hint`} className="ms-6 text-xs text-slate-600">
          {t("remove.hint")}
        </p>
        <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
        <button type="submit" disabled={!confirmed || pending} className="rounded bg-accent-600 px-3 py-1 text-sm font-semibold text-white hover:bg-red-800 disabled:cursor-not-allowed disabled:opacity-60">
          {pending ? tCommon("working") : t("remove.submit")}
        </button>
      </form>
    </details>
  );
}

/** What staff may do with one roster row: payment always; move and remove while the enrollment is live. */
export function RosterRowActions({
  enrollmentId,
  learnerName,
  paymentStatus,
  receiptReference,
  live,
  moveChoices,
}: {
  enrollmentId: string;
  learnerName: string;
  paymentStatus: PaymentStatus;
  receiptReference: string | null;
  live: boolean;
  moveChoices: readonly MoveChoice[];
}) {
  return (
    <div className="min-w-56 space-y-2">
      <PaymentForm enrollmentId={enrollmentId} learnerName={learnerName} status={paymentStatus} receiptReference={receiptReference} />
      {live && <MoveForm enrollmentId={enrollmentId} learnerName={learnerName} choices={moveChoices} />}
      {live && <RemoveForm enrollmentId={enrollmentId} learnerName={learnerName} />}
    </div>
  );
}
