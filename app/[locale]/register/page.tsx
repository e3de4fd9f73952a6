import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { RegisterForm } from "@/components/auth/register-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("registerTitle") };
}

export default async function RegisterPage({ params }: PageProps<"/[locale]/register">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("auth");
  return (
    <section className="mx-auto max-w-md rounded-xl border border-slate-200 bg-white p-8" aria-labelledby="register-title">
      <h1 id="register-title" className="text-2xl font-bold">
        {t("registerTitle")}
      </h1>
      <p className="mt-2 text-slate-700">{t("registerIntro")}</p>
      <div className="mt-6">
        <RegisterForm />
      </div>
      <p className="mt-6 text-sm text-slate-700">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="font-semibold text-brand-700 underline">
          {t("signInLink")}
        </Link>
      </p>
    </section>
  );
}
