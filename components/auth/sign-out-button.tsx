"use client";

import { useRef } from "react";

/**
 * A plain form POST to next-auth's sign-out endpoint (no next-auth client on the page). The CSRF
 * token is an HttpOnly double-submit cookie, so it is fetched when the person actually signs out.
 * A button, not a submit button: the form only works with its token, and page forms stay the only submit buttons.
 */
export function SignOutButton({ label, locale }: { label: string; locale: string }) {
  const form = useRef<HTMLFormElement>(null);
  async function signOut() {
    const { csrfToken } = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken: string };
    const target = form.current!;
    (target.elements.namedItem("csrfToken") as HTMLInputElement).value = csrfToken;
    target.submit();
  }
  return (
    <form ref={form} method="post" action="/api/auth/signout">
      <input type="hidden" name="csrfToken" />
      <input type="hidden" name="callbackUrl" value={`/${locale}`} />
      <button type="button" onClick={signOut} className="rounded border border-slate-300 px-3 py-1.5 text-slate-700 hover:bg-slate-100">
        {label}
      </button>
    </form>
  );
}
