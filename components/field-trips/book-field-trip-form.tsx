"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { bookFieldTripAction } from "@/lib/field-trips/actions";
import { Field, InputField, describedBy, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { formMessage } from "./form-message";
import { endonymOf } from "@/lib/i18n/locales";
import { GRADE_BANDS } from "@/lib/field-trips/rules";

export interface SchoolChoice {
  id: string;
  name: string;
}

/**
 * The group's details for a booking. The booking belongs to one of the coordinator's verified
 * schools: named when there is one, chosen when there are several.
 */
export function BookFieldTripForm({
  slotId,
  schools,
  tourLanguages,
  defaultTourLanguage,
}: {
  slotId: string;
  schools: SchoolChoice[];
  tourLanguages: string[];
  defaultTourLanguage: string;
}) {
  const t = useTranslations("fieldTrips.book");
  const tBand = useTranslations("fieldTrips.gradeBand");
  const tCommon = useTranslations("common");
  const [state, action] = useActionState(bookFieldTripAction, {});
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const hints = { chaperones: t("chaperonesHint"), specialNeeds: t("specialNeedsHint") };

  return (
    // Remounted when the submitted values change, so selects and the checkbox show what was entered.
    <form key={JSON.stringify(values)} action={action} className="space-y-4" noValidate>
      <FormAlert message={formMessage(state)} />
      <input type="hidden" name="slotId" value={slotId} />
      {schools.length === 1 ? (
        <>
          <input type="hidden" name="schoolId" value={schools[0].id} />
          <InputField id="school" label={t("school")} error={errors.schoolId} readOnly value={schools[0].name} />
        </>
      ) : (
        <Field id="schoolId" label={t("school")} error={errors.schoolId}>
          <select id="schoolId" name="schoolId" required defaultValue={values.schoolId ?? ""} className={inputClass} {...describedBy("schoolId", { error: errors.schoolId })}>
            <option value="" disabled>
              {t("chooseSchool")}
            </option>
            {schools.map((school) => (
              <option key={school.id} value={school.id}>
                {school.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field id="gradeBand" label={t("gradeBand")} error={errors.gradeBand}>
        <select id="gradeBand" name="gradeBand" required defaultValue={values.gradeBand ?? ""} className={inputClass} {...describedBy("gradeBand", { error: errors.gradeBand })}>
          <option value="" disabled>
            {t("chooseGradeBand")}
          </option>
          {GRADE_BANDS.map((band) => (
            <option key={band} value={band}>
              {tBand(band)}
            </option>
          ))}
        </select>
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField id="students" label={t("students")} error={errors.students} name="students" type="number" inputMode="numeric" min={1} required defaultValue={values.students} />
        <InputField id="chaperones" label={t("chaperones")} error={errors.chaperones} hint={hints.chaperones} name="chaperones" type="number" inputMode="numeric" min={0} required defaultValue={values.chaperones} />
      </div>
      <Field id="tourLanguage" label={t("tourLanguage")} error={errors.tourLanguage}>
        <select
          id="tourLanguage"
          name="tourLanguage"
          required
          defaultValue={values.tourLanguage ?? defaultTourLanguage}
          className={inputClass}
          {...describedBy("tourLanguage", { error: errors.tourLanguage })}
        >
          {tourLanguages.map((code) => (
            <option key={code} value={code} lang={code}>
              {endonymOf(code)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="specialNeeds" label={t("specialNeeds")} error={errors.specialNeeds} hint={hints.specialNeeds}>
        <textarea
          id="specialNeeds"
          name="specialNeeds"
          rows={3}
          maxLength={1000}
          defaultValue={values.specialNeeds}
          className={inputClass}
          {...describedBy("specialNeeds", { error: errors.specialNeeds, hint: hints.specialNeeds })}
        />
      </Field>
      <div>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            id="lunchRoom"
            name="lunchRoom"
            defaultChecked={values.lunchRoom === "on"}
            className="mt-1.5 size-4"
            aria-describedby="lunchRoom-hint"
          />
          <span className="font-medium text-slate-800">{t("lunchRoom")}</span>
        </label>
        <p id="lunchRoom-hint" className="ms-6 text-sm text-slate-600">
          {t("lunchRoomHint")}
        </p>
      </div>
      <SubmitButton pendingLabel={tCommon("working")}>{t("submit")}</SubmitButton>
    </form>
  );
}
