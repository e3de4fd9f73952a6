import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { Link } from "@/lib/i18n/navigation";
import { withQueryFallback } from "@/lib/http/query-fallback";
import { findVerifiedSchools } from "@/lib/organisations/find-verified-schools";
import { RegisterForm } from "@/components/auth/register-form";

/** Per request (ADR 0007). */
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("registerTitle") };
}

/** The most schools the picker lists at once; a search narrows them (the largest page size). */
const SCHOOLS_LISTED = 100;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function RegisterPage({ params, searchParams }: PageProps<"/[locale]/register">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("auth");
  // A school search reloads this page with `q`, keeping the coordinator's choices (role, school=join).
  const query = await searchParams;
  const q = one(query.q);
  const { result: schools } = await withQueryFallback(
    () => findVerifiedSchools(getDb(), { q, size: SCHOOLS_LISTED }),
    () => findVerifiedSchools(getDb(), { size: SCHOOLS_LISTED }),
  );
  return (
    <section className="mx-auto max-w-md rounded-xl border border-slate-200 bg-white p-8" aria-labelledby="register-title">
      <h1 id="register-title" className="text-2xl font-bold">
        {t("registerTitle")}
      </h1>
      <p className="mt-2 text-slate-700">{t("registerIntro")}</p>
      <div className="mt-6">
        <RegisterForm schools={schools.rows} schoolsTotal={schools.total} schoolQuery={q} initialRole={one(query.role)} initialSchool={one(query.school)} />
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
