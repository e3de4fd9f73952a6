"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createExhibitAction, updateExhibitAction } from "@/lib/field-trips/actions";
import { InputField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TranslatedTextFields } from "./translated-text-fields";

export interface ExhibitFormRecord {
  id: string;
  invention: string;
  inventor: string;
  year: number;
  story: string;
  translations: unknown;
}

/** Add an exhibit to an exhibition, or edit one: its year and its texts in five languages. */
export function ExhibitForm({ exhibitionId, exhibit }: { exhibitionId: string; exhibit?: ExhibitFormRecord }) {
  const t = useTranslations("admin.exhibitions");
  const tCommon = useTranslations("common");
  const [state, action] = useActionState(exhibit ? updateExhibitAction : createExhibitAction, {});
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const prefix = exhibit ? `exhibit-${exhibit.id}` : "new-exhibit";
  return (
    <form key={JSON.stringify(values)} action={action} className="space-y-4" noValidate>
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      {exhibit ? <input type="hidden" name="exhibitId" value={exhibit.id} /> : <input type="hidden" name="exhibitionId" value={exhibitionId} />}
      <InputField id={`${prefix}-year`} label={t("year")} error={errors.year} name="year" type="number" inputMode="numeric" required defaultValue={values.year ?? (exhibit ? String(exhibit.year) : "")} />
      <TranslatedTextFields
        idPrefix={prefix}
        record={exhibit as unknown as Record<string, unknown> | undefined}
        values={values}
        errors={errors}
        fields={[
          { name: "invention", label: t("invention"), maxLength: 200 },
          { name: "inventor", label: t("inventor"), maxLength: 200 },
          { name: "story", label: t("story"), maxLength: 10_000, multiline: true },
        ]}
      />
      <SubmitButton pendingLabel={tCommon("working")}>{exhibit ? t("saveExhibit") : t("addExhibit")}</SubmitButton>
    </form>
  );
}
