"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { verifyRoleAction } from "@/lib/accounts/actions";

export function VerifyRoleButton({ userId, role, label }: { userId: string; role: string; label: string }) {
  const t = useTranslations("admin.verifications");
  const [state, action, pending] = useActionState(verifyRoleAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="role" value={role} />
      <button type="submit" aria-label={label} disabled={pending} className="rounded bg-brand-700 px-3 py-1 text-white hover:bg-brand-800 disabled:opacity-60">
        {t("verifyShort")}
      </button>
      {state.message && <p role="alert" className="mt-1 text-accent-600">{state.message}</p>}
    </form>
  );
}
