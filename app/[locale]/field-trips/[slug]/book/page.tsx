import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { orNotFound } from "@/lib/http/or-not-found";
import { requireActor } from "@/lib/auth/session.server";
import { getBookableSlot } from "@/lib/field-trips/catalogue";
import { listBookingSchools } from "@/lib/field-trips/list-booking-schools";
import { bookingEntry, slotAvailability } from "@/lib/field-trips/policy";
import { BOOKING_CLOSES_DAYS_BEFORE, CHANGES_CLOSE_DAYS_BEFORE, CHAPERONE_RATIO, GRADE_BANDS } from "@/lib/field-trips/rules";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { FormAlert } from "@/components/ui/form-alert";
import { CardSection } from "@/components/ui/section";
import { LocalizedText } from "@/components/ui/localized-text";
import { BookFieldTripForm } from "@/components/field-trips/book-field-trip-form";
import { unavailableText } from "@/components/field-trips/slot-booking-cell";

/** Per request (ADR 0007). */
export const dynamic = "force-dynamic";

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
  const tAll = await getTranslations();
  const entry = bookingEntry(actor);

  if (entry === "awaitVerification") {
    return (
      <section className="mx-auto max-w-2xl space-y-4" aria-labelledby="book-title">
        <h1 id="book-title" className="text-2xl font-bold">
          {t("book.title")}
        </h1>
        <div role="status" className="rounded border-s-4 border-amber-600 bg-amber-50 p-4 text-amber-950">
          {tAll("errors.verificationPending")}
        </div>
        <Link href={`/field-trips/${slug}`} className="inline-block font-semibold text-brand-700 underline">
          {t("book.backToExhibition")}
        </Link>
      </section>
    );
  }
  if (entry !== "book") forbidden();

  if (!slotId) notFound();
  const db = getDb();
  const [{ slot }, schools] = await Promise.all([loadSlot(slotId), listBookingSchools(db, actor, locale)]);
  if (slot.exhibition.slug !== slug) notFound();
  const exhibition = slot.exhibition;
  const format = formatFor(locale);
  const availability = slotAvailability(slot, new Date());

  return (
    <div className="grid gap-8 lg:grid-cols-[2fr_3fr]">
      <section aria-labelledby="slot-summary-heading" className="space-y-4">
        <h1 className="text-2xl font-bold">{t("book.title")}</h1>
        <div className="rounded-xl border border-slate-200 bg-white p-6">
          <h2 id="slot-summary-heading" className="text-lg font-semibold">
            <LocalizedText record={exhibition} field="title" />
          </h2>
          <dl className="mt-3 space-y-2 text-sm">
            <div>
              <dt className="text-slate-600">{t("book.when")}</dt>
              <dd className="font-medium">
                <time dateTime={slot.startsAt.toISOString()}>{format.dateTime(slot.startsAt, { date: "full", time: "short" })}</time>{" "}
                <span className="text-slate-600">· {t("islamabadTime")}</span>
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("exhibition.remaining")}</dt>
              <dd className="font-medium" data-testid="remaining-places">
                {t("exhibition.placesLeft", { count: availability.remaining })}
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
          <p className="mt-4 text-sm text-slate-700">{t("book.deadlines", { closes: BOOKING_CLOSES_DAYS_BEFORE, changes: CHANGES_CLOSE_DAYS_BEFORE })}</p>
        </div>
        <Link href={`/field-trips/${slug}`} className="no-print inline-block font-semibold text-brand-700 underline">
          {t("book.backToExhibition")}
        </Link>
      </section>

      <CardSection headingId="book-form-heading" title={t("book.formTitle")}>
        {availability.bookable ? (
          <BookFieldTripForm
            slotId={slot.id}
            schools={schools.map((school) => ({ id: school.id, name: school.name }))}
            tourLanguages={exhibition.tourLanguages}
            defaultTourLanguage={exhibition.tourLanguages.includes(locale) ? locale : exhibition.tourLanguages[0]}
          />
        ) : (
          <FormAlert message={unavailableText(availability, (key, values) => t(`exhibition.${key}`, values), format)} />
        )}
      </CardSection>
    </div>
  );
}
