"use client";

import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";

export function SignInForm({ callbackUrl, fallbackUrl, notice }: { callbackUrl?: string; fallbackUrl: string; notice?: string }) {
  const t = useTranslations();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      // A full navigation so the server components re-render with the new session.
      // Only paths on this origin may follow sign-in (no open redirects); the page checked it too.
      window.location.assign(safeRedirectPath(callbackUrl, fallbackUrl, window.location.origin));
      return;
    }
    setPending(false);
    setError(result?.error === "errors.loginThrottled" ? t("errors.loginThrottledGeneric") : t("auth.invalidCredentials"));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert message={notice} tone="success" />
      <FormAlert message={error} />
      <Field id="email" label={t("auth.email")}>
        <input id="email" name="email" type="email" autoComplete="username" required className={inputClass} />
      </Field>
      <Field id="password" label={t("auth.password")}>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("auth.signingIn") : t("auth.signInSubmit")}
      </button>
    </form>
  );
}
