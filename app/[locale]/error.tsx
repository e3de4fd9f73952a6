"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/db/unavailable";
import { localizedPath } from "@/lib/i18n/locale-path";

/**
 * A page that failed to render, in the reader's language. While the database is away it says
 * "temporarily unavailable" (Next sends error pages with status 500 and lets no page choose 503;
 * the API answers 503 with Retry-After).
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations(error.digest === DATABASE_UNAVAILABLE_DIGEST ? "unavailable" : "errorPage");
  const locale = useLocale();
  return (
    <section className="mx-auto max-w-xl rounded-xl border border-slate-200 bg-white p-8 text-center" aria-labelledby="status-title" role="alert">
      <h1 id="status-title" className="text-2xl font-bold">
        {t("title")}
      </h1>
      <p className="mt-3 text-slate-700">{t("body")}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
          {t("retry")}
        </button>
        <Link href={localizedPath(locale, "/")} className="rounded border border-slate-300 px-4 py-2 hover:bg-slate-100">
          {t("home")}
        </Link>
      </div>
    </section>
  );
}
