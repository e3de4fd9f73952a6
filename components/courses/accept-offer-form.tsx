"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { acceptOfferAction } from "@/lib/courses/actions";
import { FormAlert } from "@/components/ui/form-alert";

/** Claims an offered place; `label` names the learner and course for screen readers when a page lists several. */
export function AcceptOfferForm({ enrollmentId, label }: { enrollmentId: string; label?: string }) {
  const t = useTranslations("courseLearner.forms");
  const tCommon = useTranslations("common");
  const [state, action, pending] = useActionState(acceptOfferAction, {});

  return (
    <form action={action} className="space-y-2">
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      <input type="hidden" name="enrollmentId" value={enrollmentId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={label}
        className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? tCommon("working") : t("accept")}
      </button>
    </form>
  );
}
