"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createSectionAction, updateSectionAction } from "@/lib/courses/catalogue-actions";
import { DEFAULT_OFFER_HOURS, INSTRUCTION_LANGUAGES, MAX_SECTION_CAPACITY, OFFER_HOURS_RANGE } from "@/lib/courses/rules";
import { ENDONYMS } from "@/lib/i18n/locales";
import { Field, InputField, describedBy, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

/** A section's facts as the form shows them: dates as Center calendar dates (YYYY-MM-DD). */
export interface SectionFormRecord {
  id: string;
  code: string;
  teacherId: string | null;
  termStart: string;
  termEnd: string;
  online: boolean;
  roomId: string | null;
  instructionLanguage: string;
  feePkr: number;
  enrollmentDeadline: string;
  offerHours: number;
  autoEnroll: boolean;
}

export interface Choice {
  id: string;
  label: string;
}

/**
 * Create a section of a course (with its capacity) or edit one (capacity has a form of its own,
 * because changing it moves the waitlist).
 */
export function SectionForm({ courseId, section, teachers, rooms }: { courseId?: string; section?: SectionFormRecord; teachers: Choice[]; rooms: Choice[] }) {
  const t = useTranslations("courseAdmin");
  const tCommon = useTranslations("common");
  const [state, action] = useActionState(section ? updateSectionAction : createSectionAction, {});
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const sent = values.code !== undefined;
  const value = (name: keyof SectionFormRecord, fallback: string) => values[name] ?? (section ? String(section[name] ?? "") : fallback);
  const ticked = (name: "online" | "autoEnroll") => (sent ? values[name] === "on" : (section?.[name] ?? false));
  const select = (id: string, name: string, label: string, options: Choice[], fallback: string, noneLabel?: string) => (
    <Field id={id} label={label} error={errors[name]}>
      <select id={id} name={name} defaultValue={value(name as keyof SectionFormRecord, fallback)} className={inputClass} {...describedBy(id, { error: errors[name] })}>
        {noneLabel !== undefined && <option value="">{noneLabel}</option>}
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
  return (
    <form key={JSON.stringify(values)} action={action} className="space-y-6" noValidate>
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      {section ? <input type="hidden" name="sectionId" value={section.id} /> : <input type="hidden" name="courseId" value={courseId} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField id="section-code" label={t("code")} hint={t("codeHint")} error={errors.code} name="code" required maxLength={40} dir="ltr" defaultValue={value("code", "")} />
        {select("section-teacher", "teacherId", t("teacher"), teachers, "", t("noTeacher"))}
        <InputField id="section-term-start" label={t("termStart")} error={errors.termStart} name="termStart" type="date" required defaultValue={value("termStart", "")} />
        <InputField id="section-term-end" label={t("termEnd")} error={errors.termEnd} name="termEnd" type="date" required defaultValue={value("termEnd", "")} />
        <InputField id="section-deadline" label={t("deadline")} hint={t("deadlineHint")} error={errors.enrollmentDeadline} name="enrollmentDeadline" type="date" required defaultValue={value("enrollmentDeadline", "")} />
        {select(
          "section-language",
          "instructionLanguage",
          t("instructionLanguage"),
          INSTRUCTION_LANGUAGES.map((locale) => ({ id: locale, label: ENDONYMS[locale] })),
          "en",
        )}
        {select("section-room", "roomId", t("room"), rooms, "", t("noRoom"))}
        <label className="flex items-center gap-2 self-end pb-2">
          <input type="checkbox" name="online" defaultChecked={ticked("online")} className="size-4" />
          <span>{t("online")}</span>
        </label>
        {!section && (
          <InputField id="section-capacity" label={t("capacity")} error={errors.capacity} name="capacity" type="number" inputMode="numeric" min={1} max={MAX_SECTION_CAPACITY} required defaultValue={values.capacity ?? "12"} />
        )}
        <InputField id="section-fee" label={t("fee")} error={errors.feePkr} name="feePkr" type="number" inputMode="numeric" min={0} required defaultValue={value("feePkr", "0")} />
        <InputField
          id="section-offer-hours"
          label={t("offerHours")}
          hint={t("offerHoursHint", { default: DEFAULT_OFFER_HOURS })}
          error={errors.offerHours}
          name="offerHours"
          type="number"
          inputMode="numeric"
          min={OFFER_HOURS_RANGE.min}
          max={OFFER_HOURS_RANGE.max}
          required
          defaultValue={value("offerHours", String(DEFAULT_OFFER_HOURS))}
        />
        <label className="flex items-center gap-2 self-end pb-2">
          <input type="checkbox" name="autoEnroll" defaultChecked={ticked("autoEnroll")} className="size-4" />
          <span>{t("autoEnroll")}</span>
        </label>
      </div>
      <SubmitButton pendingLabel={tCommon("working")}>{section ? t("saveSection") : t("createSection")}</SubmitButton>
    </form>
  );
}
