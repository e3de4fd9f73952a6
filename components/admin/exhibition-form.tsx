"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createExhibitionAction, updateExhibitionAction } from "@/lib/field-trips/actions";
import { ERAS } from "@/lib/field-trips/rules";
import { ENDONYMS, locales } from "@/lib/i18n/locales";
import { Field, InputField, describedBy, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TranslatedTextFields } from "./translated-text-fields";

export interface ExhibitionFormRecord {
  id: string;
  slug: string;
  era: string;
  title: string;
  summary: string;
  description: string;
  translations: unknown;
  ageMin: number;
  ageMax: number;
  durationMinutes: number;
  tourLanguages: string[];
  minGroupSize: number;
  maxGroupSize: number;
}

/** Create or edit an exhibition: its facts, then its texts in five languages. */
export function ExhibitionForm({ exhibition }: { exhibition?: ExhibitionFormRecord }) {
  const t = useTranslations("admin.exhibitions");
  const tEra = useTranslations("fieldTrips.era");
  const tCommon = useTranslations("common");
  const [state, action] = useActionState(exhibition ? updateExhibitionAction : createExhibitionAction, {});
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const value = (name: keyof ExhibitionFormRecord, fallback: string) => values[name] ?? (exhibition ? String(exhibition[name]) : fallback);
  const languages = new Set(values.tourLanguages !== undefined ? values.tourLanguages.split(",") : (exhibition?.tourLanguages ?? ["en"]));
  const languagesError = Object.entries(errors).find(([path]) => path.startsWith("tourLanguages"))?.[1];
  return (
    <form key={JSON.stringify(values)} action={action} className="space-y-6" noValidate>
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      {exhibition && <input type="hidden" name="exhibitionId" value={exhibition.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField id="exhibition-slug" label={t("slug")} hint={t("slugHint")} error={errors.slug} name="slug" required maxLength={80} dir="ltr" defaultValue={value("slug", "")} />
        <Field id="exhibition-era" label={t("era")} error={errors.era}>
          <select id="exhibition-era" name="era" defaultValue={value("era", "MODERN")} className={inputClass} {...describedBy("exhibition-era", { error: errors.era })}>
            {ERAS.map((era) => (
              <option key={era} value={era}>
                {tEra(era)}
              </option>
            ))}
          </select>
        </Field>
        <InputField id="exhibition-age-min" label={t("ageMin")} error={errors.ageMin} name="ageMin" type="number" inputMode="numeric" required defaultValue={value("ageMin", "8")} />
        <InputField id="exhibition-age-max" label={t("ageMax")} error={errors.ageMax} name="ageMax" type="number" inputMode="numeric" required defaultValue={value("ageMax", "18")} />
        <InputField id="exhibition-duration" label={t("duration")} error={errors.durationMinutes} name="durationMinutes" type="number" inputMode="numeric" required defaultValue={value("durationMinutes", "90")} />
        <div className="grid grid-cols-2 gap-4">
          <InputField id="exhibition-min-group" label={t("minGroupSize")} error={errors.minGroupSize} name="minGroupSize" type="number" inputMode="numeric" required defaultValue={value("minGroupSize", "5")} />
          <InputField id="exhibition-max-group" label={t("maxGroupSize")} error={errors.maxGroupSize} name="maxGroupSize" type="number" inputMode="numeric" required defaultValue={value("maxGroupSize", "60")} />
        </div>
      </div>
      <fieldset aria-describedby={languagesError ? "exhibition-languages-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("tourLanguages")}</legend>
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
          {locales.map((locale) => (
            <label key={locale} className="flex items-center gap-1.5">
              <input type="checkbox" name="tourLanguages" value={locale} defaultChecked={languages.has(locale)} className="size-4" />
              <span lang={locale}>{ENDONYMS[locale]}</span>
            </label>
          ))}
        </div>
        {languagesError && (
          <p id="exhibition-languages-error" role="alert" className="mt-1 text-sm text-accent-600">
            {languagesError}
          </p>
        )}
      </fieldset>
      <TranslatedTextFields
        idPrefix="exhibition"
        record={exhibition as unknown as Record<string, unknown> | undefined}
        values={values}
        errors={errors}
        fields={[
          { name: "title", label: t("titleField"), maxLength: 200 },
          { name: "summary", label: t("summary"), maxLength: 500, multiline: true },
          { name: "description", label: t("description"), maxLength: 10_000, multiline: true },
        ]}
      />
      <SubmitButton pendingLabel={tCommon("working")}>{exhibition ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
