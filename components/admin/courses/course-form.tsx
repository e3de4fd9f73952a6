"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createCourseAction, updateCourseAction } from "@/lib/courses/catalogue-actions";
import { AUDIENCES, CEFR_LEVELS } from "@/lib/courses/rules";
import { Field, InputField, describedBy, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TranslatedTextFields } from "@/components/admin/translated-text-fields";

export interface CourseFormRecord {
  id: string;
  slug: string;
  title: string;
  description: string;
  translations: unknown;
  level: string;
  audience: string;
  published: boolean;
}

/** Create or edit a course: its level, audience and publication, then its texts in five languages. */
export function CourseForm({ course }: { course?: CourseFormRecord }) {
  const t = useTranslations("courseAdmin");
  const tCommon = useTranslations("common");
  const [state, action] = useActionState(course ? updateCourseAction : createCourseAction, {});
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const value = (name: "slug" | "level" | "audience", fallback: string) => values[name] ?? (course ? String(course[name]) : fallback);
  const published = values.slug !== undefined ? values.published === "on" : (course?.published ?? false);
  return (
    <form key={JSON.stringify(values)} action={action} className="space-y-6" noValidate>
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      {course && <input type="hidden" name="courseId" value={course.id} />}
      <div className="grid gap-4 sm:grid-cols-3">
        <InputField id="course-slug" label={t("slug")} hint={t("slugHint")} error={errors.slug} name="slug" required maxLength={80} dir="ltr" defaultValue={value("slug", "")} />
        <Field id="course-level" label={t("level")} error={errors.level}>
          <select id="course-level" name="level" defaultValue={value("level", "A1")} className={inputClass} {...describedBy("course-level", { error: errors.level })}>
            {CEFR_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`levels.${level}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="course-audience" label={t("audience")} error={errors.audience}>
          <select id="course-audience" name="audience" defaultValue={value("audience", "ADULTS")} className={inputClass} {...describedBy("course-audience", { error: errors.audience })}>
            {AUDIENCES.map((audience) => (
              <option key={audience} value={audience}>
                {t(`audiences.${audience}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="published" defaultChecked={published} className="size-4" />
        <span>{t("publishedField")}</span>
      </label>
      <TranslatedTextFields
        idPrefix="course"
        record={course as unknown as Record<string, unknown> | undefined}
        values={values}
        errors={errors}
        fields={[
          { name: "title", label: t("titleField"), maxLength: 200 },
          { name: "description", label: t("description"), maxLength: 10_000, multiline: true },
        ]}
      />
      <SubmitButton pendingLabel={tCommon("working")}>{course ? t("saveCourse") : t("createCourse")}</SubmitButton>
    </form>
  );
}
