"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { approveMembershipAction, declineMembershipAction } from "@/lib/organisations/actions";
import type { MembershipDecision } from "@/lib/organisations/policy";
import { ORGANISATION_TEXT } from "@/lib/organisations/schemas";
import { describedBy, inputClass } from "@/components/ui/field";
import { ActionButton } from "@/components/ui/action-button";

interface Subject {
  organizationId: string;
  userId: string;
  /** The person, named in the buttons' accessible labels. */
  name: string;
  organization: string;
}

function DeclineForm({ organizationId, userId, name }: Subject) {
  const t = useTranslations("memberships");
  const tCommon = useTranslations("common");
  const [state, action, pending] = useActionState(declineMembershipAction, {});
  const id = `decline-reason-${organizationId}-${userId}`;
  const error = state.fieldErrors?.reason;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-semibold text-accent-600">{t("declineToggle")}</summary>
      <form action={action} className="mt-2 space-y-2" noValidate>
        <input type="hidden" name="organizationId" value={organizationId} />
        <input type="hidden" name="userId" value={userId} />
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {t("declineReason", { name })}
        </label>
        <textarea
          id={id}
          name="reason"
          required
          minLength={ORGANISATION_TEXT.reasonMin}
          maxLength={ORGANISATION_TEXT.reasonMax}
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
          {pending ? tCommon("working") : t("declineSubmit", { name })}
        </button>
      </form>
    </details>
  );
}

/** Approve or decline (with a reason) a membership: exactly the `decisions` the policy allows the viewer. */
export function MembershipDecisions({ decisions, ...subject }: Subject & { decisions: readonly MembershipDecision[] }) {
  const t = useTranslations("memberships");
  if (decisions.length === 0) return null;
  return (
    <div>
      {decisions.includes("approve") && (
        <ActionButton
          action={approveMembershipAction}
          fields={{ organizationId: subject.organizationId, userId: subject.userId }}
          label={t("approve")}
          accessibleLabel={t("approveLabel", { name: subject.name, organization: subject.organization })}
        />
      )}
      {decisions.includes("decline") && <DeclineForm {...subject} />}
    </div>
  );
}
