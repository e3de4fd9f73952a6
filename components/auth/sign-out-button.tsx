"use client";

import { signOut } from "next-auth/react";
import { useLocale } from "next-intl";

export function SignOutButton({ label }: { label: string }) {
  const locale = useLocale();
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: `/${locale}` })}
      className="rounded border border-slate-300 px-3 py-1.5 text-slate-700 hover:bg-slate-100"
    >
      {label}
    </button>
  );
}
