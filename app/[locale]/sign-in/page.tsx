import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { publicOrigin, safeRedirectPath } from "@/lib/auth/safe-redirect";

/** Per request (ADR 0007). */
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signInTitle") };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { callbackUrl, registered } = await searchParams;
  const t = await getTranslations("auth");

  return (
    <section className="mx-auto max-w-md rounded-xl border border-slate-200 bg-white p-8" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" className="text-2xl font-bold">
        {t("signInTitle")}
      </h1>
      <div className="mt-6">
        <SignInForm
          callbackUrl={safeRedirectPath(typeof callbackUrl === "string" ? callbackUrl : undefined, `/${locale}`, publicOrigin())}
          fallbackUrl={`/${locale}`}
          notice={registered ? t("registeredNotice") : undefined}
        />
      </div>
      <p className="mt-6 text-sm text-slate-700">
        {t("noAccount")}{" "}
        <Link href="/register" className="font-semibold text-brand-700 underline">
          {t("registerLink")}
        </Link>
      </p>
    </section>
  );
}
