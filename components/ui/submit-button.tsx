"use client";

import { useFormStatus } from "react-dom";
import type { ReactNode } from "react";

/** A form's submit button; it is disabled, and may say so, while the form is sending. */
export function SubmitButton({ children, pendingLabel }: { children: ReactNode; pendingLabel?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
