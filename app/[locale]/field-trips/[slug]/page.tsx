import type { Metadata } from "next";
import { cache } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { orNotFound } from "@/lib/http/or-not-found";
import { getExhibition } from "@/lib/field-trips/catalogue";
import { BOOKING_CLOSES_DAYS_BEFORE, BOOKING_OPENS_DAYS_BEFORE } from "@/lib/field-trips/rules";
import { localized, translated } from "@/lib/i18n/translated";
import { endonymOf, type Locale } from "@/lib/i18n/locales";
import { formatFor } from "@/lib/i18n/format";
import { PageSection } from "@/components/ui/section";
import { LocalizedText } from "@/components/ui/localized-text";
import { DataTable, HeaderCell, TableHead } from "@/components/ui/data-table";
import { SlotBookingCell } from "@/components/field-trips/slot-booking-cell";
import { BookingEntryScope } from "@/components/field-trips/booking-entry-scope";

/**
 * Rendered on first request per locale and exhibition, then served from cache (ADR 0007). Bookings
 * and staff changes refresh it by path; on other instances places left may lag by this many
 * seconds, which the booking itself never trusts (the slot row is locked and counted). What the
 * reader may do about a slot comes from the browser (`BookingEntryScope`): the page is the same for everyone.
 */
export const revalidate = 60;

/** None at build (it runs without a database): each exhibition is rendered on its first request, then cached. */
export function generateStaticParams() {
  return [];
}

/** One read per render, shared by the metadata and the page. */
const loadExhibition = cache((slug: string) => orNotFound(getExhibition(getDb(), slug)));

export async function generateMetadata({ params }: PageProps<"/[locale]/field-trips/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  const { exhibition } = await loadExhibition(slug);
  return { title: translated(exhibition, "title", locale as Locale) };
}

export default async function ExhibitionPage({ params }: PageProps<"/[locale]/field-trips/[slug]">) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("fieldTrips");
  const tAll = await getTranslations();
  const format = formatFor(locale);
  const { exhibition, slots } = await loadExhibition(slug);
  const title = translated(exhibition, "title", locale as Locale);
  const now = new Date();

  return (
    <article className="space-y-8" aria-labelledby="exhibition-title">
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t(`era.${exhibition.era}`)}</p>
        <h1 id="exhibition-title" className="mt-1 text-3xl font-bold">
          <LocalizedText record={exhibition} field="title" />
        </h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700">
          <LocalizedText record={exhibition} field="summary" />
        </p>
        <p className="mt-3 max-w-3xl text-slate-700">
          <LocalizedText record={exhibition} field="description" />
        </p>
        <dl className="mt-4 flex flex-wrap gap-x-8 gap-y-2 text-sm">
          <div>
            <dt className="text-slate-600">{t("catalogue.ages")}</dt>
            <dd className="font-medium">{t("catalogue.ageRange", { min: exhibition.ageMin, max: exhibition.ageMax })}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("catalogue.duration")}</dt>
            <dd className="font-medium">{t("catalogue.minutes", { minutes: exhibition.durationMinutes })}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("catalogue.tourLanguages")}</dt>
            <dd className="font-medium">{format.list(exhibition.tourLanguages.map(endonymOf))}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("exhibition.groupSize")}</dt>
            <dd className="font-medium">{t("exhibition.groupSizeRange", { min: exhibition.minGroupSize, max: exhibition.maxGroupSize })}</dd>
          </div>
        </dl>
      </header>

      <PageSection headingId="exhibits-heading" title={t("exhibition.exhibitsTitle")}>
        <ol className="mt-4 space-y-4">
          {exhibition.exhibits.map((exhibit) => {
            const inventor = localized(exhibit, "inventor", locale as Locale);
            return (
              <li key={exhibit.id} className="rounded-xl border border-slate-200 bg-white p-5">
                <h3 className="text-lg font-semibold">
                  <LocalizedText record={exhibit} field="invention" />
                </h3>
                <p className="text-sm text-slate-600">
                  {t.rich("exhibition.inventorYear", {
                    inventor: inventor.text,
                    year: format.year(exhibit.year),
                    name: (chunks) =>
                      inventor.fallback ? (
                        <span lang={inventor.lang} dir="auto">
                          {chunks}
                        </span>
                      ) : (
                        chunks
                      ),
                  })}
                </p>
                <p className="mt-2 text-slate-700">
                  <LocalizedText record={exhibit} field="story" />
                </p>
              </li>
            );
          })}
        </ol>
      </PageSection>

      <PageSection headingId="slots-heading" title={t("exhibition.slotsTitle")}>
        <p className="mt-1 text-sm text-slate-600">{t("exhibition.slotsNote", { opens: BOOKING_OPENS_DAYS_BEFORE, closes: BOOKING_CLOSES_DAYS_BEFORE })}</p>
        {slots.length === 0 ? (
          <p className="mt-4 rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t("exhibition.noSlots")}</p>
        ) : (
          <BookingEntryScope
            awaitVerification={
              <div role="status" className="mt-4 rounded border-s-4 border-amber-600 bg-amber-50 p-4 text-amber-950">
                {tAll("errors.verificationPending")}
              </div>
            }
          >
          <DataTable caption={t("exhibition.slotsCaption", { title })} density="comfortable" className="mt-4">
            <TableHead>
              <HeaderCell>{t("exhibition.dateTime")}</HeaderCell>
              <HeaderCell align="end">{t("exhibition.remaining")}</HeaderCell>
              <HeaderCell>{t("exhibition.booking")}</HeaderCell>
            </TableHead>
            <tbody>
              {slots.map((slot) => (
                <tr key={slot.id} className="border-t border-slate-100" data-slot-id={slot.id} data-remaining={slot.remaining}>
                  <th scope="row" className="text-start font-normal">
                    <time dateTime={slot.startsAt.toISOString()}>{format.dateTime(slot.startsAt, { date: "full", time: "short" })}</time>
                  </th>
                  <td className="text-end tabular-nums">{t("exhibition.placesLeft", { count: slot.remaining })}</td>
                  <td>
                    <SlotBookingCell slot={slot} exhibitionSlug={exhibition.slug} now={now} />
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          </BookingEntryScope>
        )}
      </PageSection>
    </article>
  );
}
