import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { orNotFound } from "@/lib/http/or-not-found";
import { requireActor } from "@/lib/auth/session.server";
import { getEnrollment } from "@/lib/courses/get-enrollment";
import { translated } from "@/lib/i18n/translated";
import { isLocale, defaultLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { FormAlert } from "@/components/ui/form-alert";
import { DropEnrollmentForm } from "@/components/courses/drop-enrollment-form";

/** Per request (ADR 0007). */
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("courseLearner.drop");
  return { title: t("title") };
}

const WARNING = { ENROLLED: "enrolledWarning", WAITLISTED: "waitlistedWarning", OFFERED: "offeredWarning" } as const;

/** Dropping is two steps that work without script: this page says what it means, its form confirms. */
export default async function DropEnrollmentPage({ params }: PageProps<"/[locale]/my/courses/[id]/drop">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(`/my/courses/${id}/drop`);
  const enrollment = await orNotFound(getEnrollment(getDb(), actor, id));
  const t = await getTranslations("courseLearner.drop");
  const course = translated(enrollment.section.course, "title", isLocale(locale) ? locale : defaultLocale);
  const status = enrollment.status;

  return (
    <section aria-labelledby="drop-heading" className="mx-auto max-w-2xl space-y-4 rounded-xl border border-slate-200 bg-white p-6">
      <h1 id="drop-heading" className="text-2xl font-bold">
        {t("title")}
      </h1>
      {status === "ENROLLED" || status === "WAITLISTED" || status === "OFFERED" ? (
        <>
          <p className="text-lg">{t("question", { learner: enrollment.learner.name, course, code: enrollment.section.code })}</p>
          <p className="text-slate-700">{t(WARNING[status])}</p>
          <DropEnrollmentForm enrollmentId={enrollment.id} />
        </>
      ) : (
        <FormAlert message={t("notDroppable")} />
      )}
      <Link href={`/my/courses/${enrollment.id}`} className="inline-block font-semibold text-brand-700 underline">
        {t("keep")}
      </Link>
    </section>
  );
}
