"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { closeVisitSlotAction, createVisitSlotAction, generateSlotSeriesAction } from "@/lib/field-trips/actions";
import { Field, InputField, describedBy, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionButton } from "@/components/ui/action-button";

export interface ExhibitionChoice {
  id: string;
  title: string;
}

const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"] as const;
const TIME_INPUTS = 4;
const DEFAULT_TIMES = ["09:30", "12:00"];

function ExhibitionSelect({ id, exhibitions, error, defaultValue }: { id: string; exhibitions: ExhibitionChoice[]; error?: string; defaultValue?: string }) {
  const t = useTranslations("admin.fieldTrips.slots");
  return (
    <Field id={id} label={t("exhibition")} error={error}>
      <select id={id} name="exhibitionId" required defaultValue={defaultValue ?? ""} className={inputClass} {...describedBy(id, { error })}>
        <option value="" disabled>
          {t("chooseExhibition")}
        </option>
        {exhibitions.map((exhibition) => (
          <option key={exhibition.id} value={exhibition.id}>
            {exhibition.title}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** Staff publish one dated slot (date and time in Center time). */
export function CreateSlotForm({ exhibitions }: { exhibitions: ExhibitionChoice[] }) {
  const t = useTranslations("admin.fieldTrips.slots");
  const tCommon = useTranslations("common");
  const [state, action] = useActionState(createVisitSlotAction, {});
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form key={JSON.stringify(values)} action={action} className="space-y-4" noValidate>
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      <ExhibitionSelect id="slot-exhibition" exhibitions={exhibitions} error={errors.exhibitionId} defaultValue={values.exhibitionId} />
      <div className="grid gap-4 sm:grid-cols-3">
        <InputField id="slot-date" label={t("date")} error={errors.date} name="date" type="date" required defaultValue={values.date} />
        <InputField id="slot-time" label={t("time")} error={errors.time} name="time" type="time" required defaultValue={values.time ?? "09:30"} />
        <InputField id="slot-capacity" label={t("capacity")} error={errors.capacity} name="capacity" type="number" inputMode="numeric" min={1} required defaultValue={values.capacity ?? "50"} />
      </div>
      <SubmitButton pendingLabel={tCommon("working")}>{t("createSubmit")}</SubmitButton>
    </form>
  );
}

/** Staff generate a series: each ticked weekday × each start time between two dates. */
export function SlotSeriesForm({ exhibitions }: { exhibitions: ExhibitionChoice[] }) {
  const t = useTranslations("admin.fieldTrips.slots");
  const tWeekday = useTranslations("weekdays");
  const tCommon = useTranslations("common");
  const [state, action] = useActionState(generateSlotSeriesAction, {});
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const weekdays = new Set(values.weekdays?.split(",") ?? []);
  const times = values.times !== undefined ? values.times.split(",") : DEFAULT_TIMES;
  const timesError = Object.entries(errors).find(([path]) => path === "times" || path.startsWith("times."))?.[1];

  return (
    <form key={JSON.stringify(values)} action={action} className="space-y-4" noValidate>
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      <ExhibitionSelect id="series-exhibition" exhibitions={exhibitions} error={errors.exhibitionId} defaultValue={values.exhibitionId} />
      <div className="grid gap-4 sm:grid-cols-3">
        <InputField id="series-from" label={t("fromDate")} error={errors.fromDate} name="fromDate" type="date" required defaultValue={values.fromDate} />
        <InputField id="series-to" label={t("toDate")} error={errors.toDate} name="toDate" type="date" required defaultValue={values.toDate} />
        <InputField id="series-capacity" label={t("capacity")} error={errors.capacity} name="capacity" type="number" inputMode="numeric" min={1} required defaultValue={values.capacity ?? "50"} />
      </div>
      <fieldset aria-describedby={errors.weekdays ? "series-weekdays-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("weekdays")}</legend>
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
          {WEEKDAYS.map((day) => (
            <label key={day} className="flex items-center gap-1.5">
              <input type="checkbox" name="weekdays" value={day} defaultChecked={weekdays.has(day)} className="size-4" />
              <span>{tWeekday(day)}</span>
            </label>
          ))}
        </div>
        {errors.weekdays && (
          <p id="series-weekdays-error" role="alert" className="mt-1 text-sm text-accent-600">
            {t("weekdaysRequired")}
          </p>
        )}
      </fieldset>
      <fieldset aria-describedby={["series-times-hint", timesError && "series-times-error"].filter(Boolean).join(" ")}>
        <legend className="text-sm font-medium text-slate-800">{t("times")}</legend>
        <p id="series-times-hint" className="text-sm text-slate-600">
          {t("timesHint")}
        </p>
        <div className="mt-2 grid gap-2 sm:grid-cols-4">
          {Array.from({ length: TIME_INPUTS }, (_, index) => (
            <div key={index}>
              <label htmlFor={`series-time-${index}`} className="sr-only">
                {t("timeN", { n: index + 1 })}
              </label>
              <input id={`series-time-${index}`} name="times" type="time" defaultValue={times[index] ?? ""} className={inputClass} aria-invalid={timesError ? true : undefined} />
            </div>
          ))}
        </div>
        {timesError && (
          <p id="series-times-error" role="alert" className="mt-1 text-sm text-accent-600">
            {timesError}
          </p>
        )}
      </fieldset>
      <SubmitButton pendingLabel={tCommon("working")}>{t("seriesSubmit")}</SubmitButton>
    </form>
  );
}

/** Closes one slot to new bookings. */
export function CloseSlotButton({ slotId, label, accessibleLabel }: { slotId: string; label: string; accessibleLabel: string }) {
  return <ActionButton action={closeVisitSlotAction} fields={{ slotId }} label={label} accessibleLabel={accessibleLabel} tone="secondary" />;
}
