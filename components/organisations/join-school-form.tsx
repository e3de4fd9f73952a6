"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { requestToJoinSchoolAction } from "@/lib/organisations/actions";
import type { SchoolChoice } from "@/lib/organisations/find-verified-schools";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { SchoolPicker } from "./school-picker";

/** A coordinator asks to join another verified school, picked from a searchable list. */
export function JoinSchoolForm({ schools, total, query, searchFormId }: { schools: readonly SchoolChoice[]; total: number; query?: string; searchFormId: string }) {
  const t = useTranslations();
  const [state, action] = useActionState(requestToJoinSchoolAction, {});
  const error = state.fieldErrors?.organizationId;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={state.ok ? state.message : error ? undefined : state.message} tone={state.ok ? "success" : "error"} />
      <SchoolPicker
        id="join-school"
        name="organizationId"
        label={t("auth.school")}
        schools={schools}
        total={total}
        query={query}
        searchFormId={searchFormId}
        error={error}
      />
      <SubmitButton pendingLabel={t("common.working")}>{t("account.join.submit")}</SubmitButton>
    </form>
  );
}
