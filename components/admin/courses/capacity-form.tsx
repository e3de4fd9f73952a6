"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changeCapacityAction } from "@/lib/courses/catalogue-actions";
import { MAX_SECTION_CAPACITY } from "@/lib/courses/rules";
import { InputField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

/** A section's capacity: never below the places held; places added go to the waitlist in queue order at once. */
export function CapacityForm({ sectionId, capacity }: { sectionId: string; capacity: number }) {
  const t = useTranslations("courseAdmin");
  const tCommon = useTranslations("common");
  const [state, action] = useActionState(changeCapacityAction, {});
  return (
    <form key={JSON.stringify(state.values ?? {})} action={action} className="flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="sectionId" value={sectionId} />
      <div className="w-40">
        <InputField
          id="section-capacity"
          label={t("capacity")}
          error={state.fieldErrors?.capacity}
          name="capacity"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_SECTION_CAPACITY}
          required
          defaultValue={state.values?.capacity ?? String(capacity)}
        />
      </div>
      <SubmitButton pendingLabel={tCommon("working")}>{t("saveCapacity")}</SubmitButton>
      <div className="basis-full">
        <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      </div>
    </form>
  );
}
