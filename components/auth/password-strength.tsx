"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { PasswordOwner, assessPassword as AssessPassword } from "@/lib/auth/password-policy";
import { PASSWORD_RULES } from "@/lib/auth/password-rules";

// Bar widths by zxcvbn score (0–4); the words below say the same, so colour is never the only cue.
const WIDTH = ["w-1/12", "w-1/4", "w-1/2", "w-3/4", "w-full"] as const;

/**
 * Feedback on a new password as it is typed, from the same rule the server applies
 * (lib/auth/password-policy). The rule and its dictionaries load only when this mounts, so only the
 * registration page pays for them. Feedback only: the server decides.
 */
export function PasswordStrength({ id, password, owner }: { id: string; password: string; owner: PasswordOwner }) {
  const t = useTranslations();
  const [policy, setPolicy] = useState<{ assessPassword: typeof AssessPassword; messages: Record<string, string> }>();

  useEffect(() => {
    let live = true;
    import("@/lib/auth/password-policy").then(({ assessPassword, PASSWORD_PROBLEM_MESSAGE }) => {
      if (live) setPolicy({ assessPassword, messages: PASSWORD_PROBLEM_MESSAGE });
    });
    return () => {
      live = false;
    };
  }, []);

  const assessment = policy && password ? policy.assessPassword(password, owner) : undefined;
  const level = assessment && t(`auth.passwordStrength.levels.${assessment.score}`);
  const advice = assessment?.problem
    ? t(policy!.messages[assessment.problem], { minimum: PASSWORD_RULES.minLength, maximum: PASSWORD_RULES.maxLength })
    : t("auth.passwordStrength.ok");
  const acceptable = assessment && !assessment.problem;

  return (
    <div className="mt-2" data-testid="password-strength">
      <div className="h-1.5 w-full rounded bg-slate-200" aria-hidden="true">
        {assessment && <div className={`h-1.5 rounded ${WIDTH[assessment.score]} ${acceptable ? "bg-brand-700" : "bg-accent-600"}`} />}
      </div>
      <p id={id} className="mt-1 text-sm text-slate-700" aria-live="polite">
        {assessment ? `${t("auth.passwordStrength.label", { level: level! })} ${advice}` : t("auth.passwordStrength.empty")}
      </p>
    </div>
  );
}
