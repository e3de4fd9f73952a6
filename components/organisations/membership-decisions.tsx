"use client";

import { useTranslations } from "next-intl";
import { approveMembershipAction, declineMembershipAction } from "@/lib/organisations/actions";
import type { MembershipDecision } from "@/lib/organisations/policy";
import { ORGANISATION_TEXT } from "@/lib/organisations/schemas";
import { ActionButton } from "@/components/ui/action-button";
import { DeclineWithReasonForm } from "@/components/ui/decline-with-reason-form";

interface Subject {
  organizationId: string;
  userId: string;
  /** The person, named in the buttons' accessible labels. */
  name: string;
  organization: string;
}

function DeclineForm({ organizationId, userId, name }: Subject) {
  const t = useTranslations("memberships");
  return (
    <DeclineWithReasonForm
      action={declineMembershipAction}
      fields={{ organizationId, userId }}
      id={`decline-reason-${organizationId}-${userId}`}
      toggleLabel={t("declineToggle")}
      reasonLabel={t("declineReason", { name })}
      submitLabel={t("declineSubmit", { name })}
      reasonLength={{ min: ORGANISATION_TEXT.reasonMin, max: ORGANISATION_TEXT.reasonMax }}
    />
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
