"use client";

import { useLocale } from "next-intl";

/**
 * A plain form POST to next-auth's sign-out endpoint (no next-auth client on the page). The CSRF
 * token is an HttpOnly double-submit cookie, so it is fetched when the person actually signs out.
 */
export function SignOutButton({ label }: { label: string }) {
  const locale = useLocale();
  return (
    <form
      method="post"
      action="/api/auth/signout"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const { csrfToken } = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken: string };
        (form.elements.namedItem("csrfToken") as HTMLInputElement).value = csrfToken;
        form.submit();
      }}
    >
      <input type="hidden" name="csrfToken" />
      <input type="hidden" name="callbackUrl" value={`/${locale}`} />
      <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 text-slate-700 hover:bg-slate-100">
        {label}
      </button>
    </form>
  );
}
