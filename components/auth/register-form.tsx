"use client";

import { useActionState, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { registerAction } from "@/lib/accounts/actions";
import type { SchoolChoice } from "@/lib/organisations/find-verified-schools";
import { ORGANISATION_TEXT } from "@/lib/organisations/schemas";
import { Field, InputField, describedBy, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { SchoolPicker, SchoolSearchForm } from "@/components/organisations/school-picker";
import { PasswordStrength } from "@/components/auth/password-strength";
import { PASSWORD_RULES } from "@/lib/auth/password-rules";

// Radio ids name the sections they reveal (CSS below), so they avoid underscores (Tailwind reads those as spaces).
const ROLES = [
  { value: "MEMBER", id: "role-member" },
  { value: "SCHOOL_COORDINATOR", id: "role-coordinator" },
  { value: "BUSINESS", id: "role-business" },
] as const;
const SEARCH_FORM_ID = "find-school";

/** A radio with its label and a line of help. */
function Choice({ id, name, value, checked, label, help }: { id: string; name: string; value: string; checked: boolean; label: string; help: string }) {
  return (
    <label htmlFor={id} className="flex items-start gap-2">
      <input id={id} type="radio" name={name} value={value} defaultChecked={checked} className="mt-1.5" />
      <span>
        <span className="font-medium">{label}</span>
        <span className="block text-sm text-slate-600">{help}</span>
      </span>
    </label>
  );
}

/**
 * Registration. The sections of a role (a school to join or register, a company) show when that
 * role is picked, by CSS alone (`group-has-[…:checked]`), so the form works before, or without,
 * JavaScript; the server ignores the fields of roles not chosen.
 */
export function RegisterForm({
  schools,
  schoolsTotal,
  schoolQuery,
  initialRole,
  initialSchool,
}: {
  schools: readonly SchoolChoice[];
  schoolsTotal: number;
  schoolQuery?: string;
  initialRole?: string;
  initialSchool?: string;
}) {
  const t = useTranslations();
  const [state, action] = useActionState(registerAction, {});
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const role = values.role ?? initialRole ?? "MEMBER";
  const school = values.school ?? initialSchool;
  const field = (name: string) => ({ name, defaultValue: values[name], error: errors[name] });
  // What the strength meter needs as it is typed (the password and the person's own words); the form stays uncontrolled.
  const [draft, setDraft] = useState({ password: "", email: values.email ?? "", name: values.name ?? "" });
  // A submission resets the form's fields (React form actions), the password with them: so does the meter.
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setDraft({ password: "", email: values.email ?? "", name: values.name ?? "" });
  }
  const onDraft = (event: FormEvent<HTMLFormElement>) => {
    const { name, value } = event.target as HTMLInputElement;
    if (name === "password" || name === "email" || name === "name") setDraft((d) => ({ ...d, [name]: value }));
  };
  const passwordHint = t("auth.passwordHint", { minimum: PASSWORD_RULES.minLength });
  const passwordAria = describedBy("password", { error: errors.password, hint: passwordHint });

  return (
    <>
      <form action={action} onChange={onDraft} className="group space-y-5" noValidate>
        <FormAlert message={state.message} />
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("auth.roleLegend")}</legend>
          <div className="mt-2 space-y-2">
            {ROLES.map(({ value, id }) => (
              <Choice key={value} id={id} name="role" value={value} checked={role === value} label={t(`roles.${value}`)} help={t(`auth.roleHelp.${value}`)} />
            ))}
          </div>
          {errors.role && (
            <p className="mt-1 text-sm text-accent-600" role="alert">
              {errors.role}
            </p>
          )}
        </fieldset>

        <div className="hidden space-y-4 rounded-lg border border-slate-200 p-4 group-has-[#role-coordinator:checked]:block">
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">{t("auth.schoolLegend")}</legend>
            <div className="mt-2 space-y-2">
              <Choice id="school-join" name="school" value="join" checked={school === "join"} label={t("auth.schoolJoin")} help={t("auth.schoolJoinHelp")} />
              <Choice id="school-new" name="school" value="new" checked={school === "new"} label={t("auth.schoolNew")} help={t("auth.schoolNewHelp")} />
            </div>
            {errors.school && (
              <p className="mt-1 text-sm text-accent-600" role="alert">
                {errors.school}
              </p>
            )}
          </fieldset>
          <div className="hidden group-has-[#school-join:checked]:block">
            <SchoolPicker
              id="schoolId"
              name="schoolId"
              label={t("auth.school")}
              schools={schools}
              total={schoolsTotal}
              query={schoolQuery}
              searchFormId={SEARCH_FORM_ID}
              defaultValue={values.schoolId}
              error={errors.schoolId}
            />
          </div>
          <div className="hidden space-y-4 group-has-[#school-new:checked]:block">
            <InputField id="schoolName" label={t("auth.schoolName")} maxLength={ORGANISATION_TEXT.nameMax} autoComplete="organization" {...field("schoolName")} />
            <InputField id="schoolCity" label={t("auth.city")} maxLength={ORGANISATION_TEXT.cityMax} autoComplete="address-level2" {...field("schoolCity")} />
          </div>
        </div>

        <div className="hidden space-y-4 rounded-lg border border-slate-200 p-4 group-has-[#role-business:checked]:block">
          <InputField id="companyName" label={t("auth.companyName")} maxLength={ORGANISATION_TEXT.nameMax} autoComplete="organization" {...field("companyName")} />
          <InputField id="companyCity" label={t("auth.city")} maxLength={ORGANISATION_TEXT.cityMax} autoComplete="address-level2" {...field("companyCity")} />
        </div>

        <InputField id="name" label={t("auth.name")} autoComplete="name" required {...field("name")} />
        <InputField id="email" label={t("auth.email")} type="email" autoComplete="email" required {...field("email")} />
        <Field id="password" label={t("auth.password")} error={errors.password} hint={passwordHint}>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={PASSWORD_RULES.minLength}
            maxLength={PASSWORD_RULES.maxLength}
            className={inputClass}
            {...passwordAria}
            aria-describedby={[passwordAria["aria-describedby"], "password-strength"].filter(Boolean).join(" ")}
          />
          <PasswordStrength id="password-strength" password={draft.password} owner={{ email: draft.email, name: draft.name }} />
        </Field>
        <SubmitButton pendingLabel={t("common.working")}>{t("auth.registerSubmit")}</SubmitButton>
      </form>
      {/* Searching reloads the page with the coordinator's choices kept; see SchoolSearchForm. */}
      <SchoolSearchForm id={SEARCH_FORM_ID} keep={{ role: "SCHOOL_COORDINATOR", school: "join" }} />
    </>
  );
}
