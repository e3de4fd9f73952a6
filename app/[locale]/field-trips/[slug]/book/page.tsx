import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { orNotFound } from "@/lib/http/or-not-found";
import { can } from "@/lib/auth/authorize";
import { requireActor } from "@/lib/auth/session.server";
import { getBookableSlot } from "@/lib/field-trips/catalogue";
import { getCoordinatorProfile } from "@/lib/field-trips/get-coordinator-profile";
import {
  BOOKING_CLOSES_DAYS_BEFORE,
  CHANGES_CLOSE_DAYS_BEFORE,
  CHAPERONE_RATIO,
  GRADE_BANDS,
  bookingOpensAt,
} from "@/lib/field-trips/rules";
import { translated } from "@/lib/i18n/translated";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { FormAlert } from "@/components/ui/form-alert";
import { CardSection } from "@/components/ui/section";
import { BookFieldTripForm } from "@/components/field-trips/book-field-trip-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("fieldTrips.book");
  return { title: t("title") };
}

const loadSlot = (slotId: string) => orNotFound(getBookableSlot(getDb(), slotId));

export default async function BookFieldTripPage({ params, searchParams }: PageProps<"/[locale]/field-trips/[slug]/book">) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const { slot: slotParam } = await searchParams;
  const slotId = typeof slotParam === "string" ? slotParam : "";
  const actor = await requireActor(`/field-trips/${slug}/book${slotId ? `?slot=${encodeURIComponent(slotId)}` : ""}`);
  const t = await getTranslations("fieldTrips");
  const tErrors = await getTranslations("errors");

  if (!can(actor, "book:fieldTrip:own")) {
    if (!actor.pendingRoles.includes("SCHOOL_COORDINATOR")) forbidden();
    return (
      <section className="mx-auto max-w-2xl space-y-4" aria-labelledby="book-title">
        <h1 id="book-title" className="text-2xl font-bold">
          {t("book.title")}
        </h1>
        <div role="status" className="rounded border-s-4 border-amber-600 bg-amber-50 p-4 text-amber-950">
          {tErrors("verificationPending")}
        </div>
        <Link href={`/field-trips/${slug}`} className="inline-block font-semibold text-brand-700 underline">
          {t("book.backToExhibition")}
        </Link>
      </section>
    );
  }

  if (!slotId) notFound();
  const { slot, remaining, window } = await loadSlot(slotId);
  if (slot.exhibition.slug !== slug) notFound();
  const profile = await getCoordinatorProfile(getDb(), actor);
  const exhibition = slot.exhibition;
  const title = translated(exhibition, "title", locale as Locale);
  const formatter = await getFormatter();
  const bookable = slot.status === "OPEN" && window === "open" && remaining > 0;
  const unavailableReason =
    slot.status !== "OPEN" || window === "closed"
      ? t("exhibition.bookingClosed")
      : window === "notOpenYet"
        ? t("exhibition.opensOn", { date: formatter.dateTime(bookingOpensAt(slot.startsAt), { dateStyle: "medium" }) })
        : t("exhibition.full");

  return (
    <div className="grid gap-8 lg:grid-cols-[2fr_3fr]">
      <section aria-labelledby="slot-summary-heading" className="space-y-4">
        <h1 className="text-2xl font-bold">{t("book.title")}</h1>
        <div className="rounded-xl border border-slate-200 bg-white p-6">
          <h2 id="slot-summary-heading" className="text-lg font-semibold">
            {title}
          </h2>
          <dl className="mt-3 space-y-2 text-sm">
            <div>
              <dt className="text-slate-600">{t("book.when")}</dt>
              <dd className="font-medium">
                <time dateTime={slot.startsAt.toISOString()}>{formatter.dateTime(slot.startsAt, { dateStyle: "full", timeStyle: "short" })}</time>{" "}
                <span className="text-slate-600">· {t("islamabadTime")}</span>
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("exhibition.remaining")}</dt>
              <dd className="font-medium" data-testid="remaining-places">
                {t("exhibition.placesLeft", { count: remaining })}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("exhibition.groupSize")}</dt>
              <dd className="font-medium">{t("exhibition.groupSizeRange", { min: exhibition.minGroupSize, max: exhibition.maxGroupSize })}</dd>
            </div>
          </dl>
          <h3 className="mt-4 text-sm font-semibold">{t("book.ratioTitle")}</h3>
          <ul className="mt-1 list-disc space-y-1 ps-5 text-sm text-slate-700">
            {GRADE_BANDS.map((band) => (
              <li key={band}>{t("book.ratioRule", { band: t(`gradeBand.${band}`), ratio: CHAPERONE_RATIO[band] })}</li>
            ))}
          </ul>
          <p className="mt-4 text-sm text-slate-700">
            {t("book.deadlines", { closes: BOOKING_CLOSES_DAYS_BEFORE, changes: CHANGES_CLOSE_DAYS_BEFORE })}
          </p>
        </div>
        <Link href={`/field-trips/${slug}`} className="no-print inline-block font-semibold text-brand-700 underline">
          {t("book.backToExhibition")}
        </Link>
      </section>

      <CardSection headingId="book-form-heading" title={t("book.formTitle")}>
        {bookable ? (
          <BookFieldTripForm
            slotId={slot.id}
            defaultSchool={profile.organization ?? ""}
            tourLanguages={exhibition.tourLanguages}
            defaultTourLanguage={exhibition.tourLanguages.includes(locale) ? locale : exhibition.tourLanguages[0]}
          />
        ) : (
          <FormAlert message={unavailableReason} />
        )}
      </CardSection>
    </div>
  );
}
