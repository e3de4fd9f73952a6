import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { can } from "@/lib/auth/authorize";
import { orNotFound } from "@/lib/http/or-not-found";
import { requireActor } from "@/lib/auth/session.server";
import { COURSE_PERMISSIONS } from "@/lib/courses/policy";
import { AUDIENCE_AGES, ageInYear, audienceYearOf } from "@/lib/courses/rules";
import { getPublicSection } from "@/lib/courses/get-public-section";
import { id as idSchema } from "@/lib/validation";
import { listOwnLearners } from "@/lib/courses/list-own-learners";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { FormAlert } from "@/components/ui/form-alert";
import { CardSection } from "@/components/ui/section";
import { LocalizedText } from "@/components/ui/localized-text";
import { WeeklyMeetings } from "@/components/courses/meeting-schedule";
import { EnrollForm } from "@/components/courses/enroll-form";
import { AddChildForm } from "@/components/courses/add-child-form";
import { OwnBirthYearForm } from "@/components/courses/own-birth-year-form";

/** Per request (ADR 0007). */
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("courseLearner.enroll");
  return { title: t("title") };
}

const STATE_KEY = { open: "stateOpen", full: "stateFull", closed: "stateClosed" } as const;

/**
 * Enrolling in one section (`?section=<id>`): the section's summary, then the choice of learner.
 * A learner not added yet (a child, or oneself without a year of birth) can be added right here.
 */
export default async function EnrollPage({ params, searchParams }: PageProps<"/[locale]/courses/[slug]/enroll">) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const { section: sectionParam } = await searchParams;
  const sectionId = typeof sectionParam === "string" ? sectionParam : "";
  const actor = await requireActor(`/courses/${slug}/enroll${sectionId ? `?section=${encodeURIComponent(sectionId)}` : ""}`);
  if (!can(actor, COURSE_PERMISSIONS.enrollOwn)) forbidden();
  if (!idSchema.safeParse(sectionId).success) notFound();

  const db = getDb();
  const now = new Date();
  const [section, learners] = await Promise.all([orNotFound(getPublicSection(db, sectionId, now)), listOwnLearners(db, actor)]);
  if (section.course.slug !== slug) notFound();
  const t = await getTranslations("courseLearner.enroll");
  const tAll = await getTranslations();
  const format = formatFor(locale);
  const asStored = formatFor(locale, "UTC");
  const state = section.state;
  const ages = AUDIENCE_AGES[section.course.audience];
  const year = audienceYearOf(section);
  const self = learners.find((learner) => learner.self);
  const choices = learners.map((learner) => ({ id: learner.id, name: learner.name, age: ageInYear(learner.birthYear, year), self: learner.self }));

  return (
    <div className="grid gap-8 lg:grid-cols-[2fr_3fr]">
      <section aria-labelledby="section-summary-heading" className="space-y-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <div className="rounded-xl border border-slate-200 bg-white p-6">
          <h2 id="section-summary-heading" className="text-lg font-semibold">
            <LocalizedText record={section.course} field="title" />
          </h2>
          <p className="text-sm text-slate-600">
            {tAll("courses.levelAudience", { level: section.course.level, audience: tAll(`courses.audience.${section.course.audience}`) })} ·{" "}
            {ages.max === null ? t("agesFrom", { min: ages.min }) : t("ages", { min: ages.min, max: ages.max })}
          </p>
          <dl className="mt-3 space-y-2 text-sm">
            <div>
              <dt className="text-slate-600">{t("section")}</dt>
              <dd className="font-medium">{section.code}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("state")}</dt>
              <dd className="font-medium" data-testid="section-state" data-state={state}>
                {t(STATE_KEY[state])}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("placesLeft")}</dt>
              <dd className="font-medium" data-testid="places-left">
                {format.number(section.placesLeft)}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("deadline")}</dt>
              <dd className="font-medium">
                <time dateTime={section.enrollmentDeadline.toISOString()}>{format.dateTime(section.enrollmentDeadline, { date: "full", time: "short" })}</time>
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("teacher")}</dt>
              <dd className="font-medium">{section.teacher?.name ?? t("toBeAnnounced")}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("term")}</dt>
              <dd className="font-medium">{asStored.dateTimeRange(section.termStart, section.termEnd, { date: "long" })}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("meetings")}</dt>
              <dd className="font-medium">
                <WeeklyMeetings meetings={section.meetings} /> <span className="text-slate-600">· {tAll("common.timeZoneNote")}</span>
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("place")}</dt>
              <dd className="font-medium">{section.online ? t("online") : section.room ? <LocalizedText record={section.room} field="name" /> : t("toBeAnnounced")}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("fee")}</dt>
              <dd className="font-medium">{t("feeAmount", { fee: format.number(section.feePkr) })}</dd>
            </div>
          </dl>
        </div>
        <Link href={`/courses/${slug}`} className="inline-block font-semibold text-brand-700 underline">
          {t("backToCourse")}
        </Link>
      </section>

      <div className="space-y-6">
        <CardSection headingId="enroll-form-heading" title={t("formTitle")}>
          {state === "closed" ? (
            <FormAlert message={t("closedNotice")} />
          ) : (
            <div className="space-y-4">
              {state === "full" && <p className="rounded border-s-4 border-amber-600 bg-amber-50 p-3 text-amber-950">{t("fullNotice")}</p>}
              {choices.length === 0 ? <p className="text-slate-700">{t("noLearners")}</p> : <EnrollForm sectionId={section.id} learners={choices} waitlist={state === "full"} />}
            </div>
          )}
        </CardSection>
        {state !== "closed" && (
          <>
            {!self && (
              <CardSection headingId="enroll-self-heading" title={tAll("courseLearner.learners.selfTitle")} lead={tAll("courseLearner.learners.selfLead")}>
                <OwnBirthYearForm idPrefix="enroll-self" />
              </CardSection>
            )}
            <CardSection headingId="enroll-child-heading" title={tAll("courseLearner.learners.addChildTitle")} lead={tAll("courseLearner.learners.addChildLead")}>
              <AddChildForm idPrefix="enroll-child" />
            </CardSection>
            <Link href="/my/learners" className="inline-block text-slate-700 underline">
              {t("manageLearners")}
            </Link>
          </>
        )}
      </div>
    </div>
  );
}
