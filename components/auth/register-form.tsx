"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { registerAction } from "@/lib/accounts/actions";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

const ROLES = ["MEMBER", "SCHOOL_COORDINATOR", "BUSINESS"] as const;

export function RegisterForm() {
  const t = useTranslations();
  const [state, action] = useActionState(registerAction, {});
  const [role, setRole] = useState<string>(state.values?.role ?? "MEMBER");
  const errors = state.fieldErrors ?? {};

  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={state.message} />
      <Field id="name" label={t("auth.name")} error={errors.name}>
        <input id="name" name="name" autoComplete="name" required defaultValue={state.values?.name} className={inputClass} {...describedBy("name", { error: errors.name })} />
      </Field>
      <Field id="email" label={t("auth.email")} error={errors.email}>
        <input id="email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} className={inputClass} {...describedBy("email", { error: errors.email })} />
      </Field>
      <Field id="password" label={t("auth.password")} error={errors.password} hint={t("auth.passwordHint")}>
        <input id="password" name="password" type="password" autoComplete="new-password" required minLength={10} className={inputClass} {...describedBy("password", { error: errors.password, hint: t("auth.passwordHint") })} />
      </Field>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("auth.roleLegend")}</legend>
        <div className="mt-2 space-y-2">
          {ROLES.map((value) => (
            <label key={value} className="flex items-start gap-2">
              <input type="radio" name="role" value={value} checked={role === value} onChange={() => setRole(value)} className="mt-1.5" />
              <span>
                <span className="font-medium">{t(`roles.${value}`)}</span>
                <span className="block text-sm text-slate-600">{t(`auth.roleHelp.${value}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {role !== "MEMBER" && (
        <Field id="organization" label={t(role === "BUSINESS" ? "auth.company" : "auth.school")} error={errors.organization}>
          <input id="organization" name="organization" required defaultValue={state.values?.organization} className={inputClass} {...describedBy("organization", { error: errors.organization })} />
        </Field>
      )}
      <SubmitButton pendingLabel={t("common.working")}>{t("auth.registerSubmit")}</SubmitButton>
    </form>
  );
}
