import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requirePagePermission } from "@/lib/auth/session.server";
import { COURSE_PERMISSIONS, countedGuardians } from "@/lib/courses/policy";
import { MAX_GUARDIANS_PER_LEARNER } from "@/lib/courses/rules";
import { listOwnLearners } from "@/lib/courses/list-own-learners";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/catalogue/page-heading";
import { CardSection } from "@/components/ui/section";
import { AddChildForm } from "@/components/courses/add-child-form";
import { OwnBirthYearForm } from "@/components/courses/own-birth-year-form";
import { AddGuardianForm } from "@/components/courses/add-guardian-form";

/** Per request (ADR 0007). */
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("courseLearner.learners");
  return { title: t("title") };
}

/** The learners a person looks after: themself and their children, each with their guardians. */
export default async function MyLearnersPage({ params }: PageProps<"/[locale]/my/learners">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePagePermission(COURSE_PERMISSIONS.enrollOwn, "/my/learners");
  const t = await getTranslations("courseLearner.learners");
  const format = formatFor(locale);
  const learners = await listOwnLearners(getDb(), actor);
  const self = learners.find((learner) => learner.self);
  const children = learners.filter((learner) => !learner.self);

  return (
    <div className="space-y-8">
      <PageHeading title={t("title")} lead={t("lead")} />

      <CardSection headingId="self-heading" title={t("selfTitle")} lead={self ? t("selfSummary", { year: format.year(self.birthYear) }) : t("selfLead")}>
        <OwnBirthYearForm birthYear={self?.birthYear} />
      </CardSection>

      <section aria-labelledby="children-heading" className="space-y-4">
        <h2 id="children-heading" className="text-xl font-bold">
          {t("childrenTitle")}
        </h2>
        {children.length === 0 ? (
          <p className="text-slate-700">{t("noChildren")}</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {children.map((learner) => (
              <li key={learner.id} className="rounded-xl border border-slate-200 bg-white p-6" data-testid="learner-card">
                <h3 className="text-lg font-semibold">{learner.name}</h3>
                <p className="text-sm text-slate-600">{t("selfSummary", { year: format.year(learner.birthYear) })}</p>
                <h4 className="mt-3 text-sm font-semibold">{t("guardians")}</h4>
                <ul className="mt-1 list-disc ps-5 text-sm text-slate-700">
                  {learner.guardians.map(({ user }) => (
                    <li key={user.id}>{user.id === actor.id ? t("guardianYou", { name: user.name }) : user.name}</li>
                  ))}
                </ul>
                <div className="mt-4">
                  {countedGuardians(learner) < MAX_GUARDIANS_PER_LEARNER ? (
                    <>
                      <h4 className="mb-2 text-sm font-semibold">{t("addGuardianTitle", { name: learner.name })}</h4>
                      <AddGuardianForm learnerId={learner.id} />
                    </>
                  ) : (
                    <p className="text-sm text-slate-600">{t("maxGuardians", { max: MAX_GUARDIANS_PER_LEARNER })}</p>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <CardSection headingId="add-child-heading" title={t("addChildTitle")} lead={t("addChildLead")}>
        <AddChildForm />
      </CardSection>

      <Link href="/courses" className="inline-block font-semibold text-brand-700 underline">
        {t("findCourses")}
      </Link>
    </div>
  );
}
