import type { Metadata } from "next";
import { cache } from "react";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { orNotFound } from "@/lib/http/or-not-found";
import { getExhibition } from "@/lib/field-trips/catalogue";
import { bookingOpensAt } from "@/lib/field-trips/rules";
import { translated } from "@/lib/i18n/translated";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { endonymOf } from "@/lib/i18n/locales";
import { PageSection } from "@/components/ui/section";
import { DataTable, HeaderCell, TableHead } from "@/components/ui/data-table";

/** One read per request, shared by the metadata and the page. */
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
  const format = await getFormatter();
  const { exhibition, slots } = await loadExhibition(slug);
  const title = translated(exhibition, "title", locale as Locale);

  return (
    <article className="space-y-8" aria-labelledby="exhibition-title">
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t(`era.${exhibition.era}`)}</p>
        <h1 id="exhibition-title" className="mt-1 text-3xl font-bold">
          {title}
        </h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700">{translated(exhibition, "summary", locale as Locale)}</p>
        <p className="mt-3 max-w-3xl text-slate-700">{translated(exhibition, "description", locale as Locale)}</p>
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
            <dd className="font-medium">{exhibition.tourLanguages.map(endonymOf).join(", ")}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("exhibition.groupSize")}</dt>
            <dd className="font-medium">{t("exhibition.groupSizeRange", { min: exhibition.minGroupSize, max: exhibition.maxGroupSize })}</dd>
          </div>
        </dl>
      </header>

      <PageSection headingId="exhibits-heading" title={t("exhibition.exhibitsTitle")}>
        <ol className="mt-4 space-y-4">
          {exhibition.exhibits.map((exhibit) => (
            <li key={exhibit.id} className="rounded-xl border border-slate-200 bg-white p-5">
              <h3 className="text-lg font-semibold">{exhibit.invention}</h3>
              <p className="text-sm text-slate-600">{t("exhibition.inventorYear", { inventor: exhibit.inventor, year: String(exhibit.year) })}</p>
              <p className="mt-2 text-slate-700">{exhibit.story}</p>
            </li>
          ))}
        </ol>
      </PageSection>

      <PageSection headingId="slots-heading" title={t("exhibition.slotsTitle")}>
        <p className="mt-1 text-sm text-slate-600">{t("exhibition.slotsNote")}</p>
        {slots.length === 0 ? (
          <p className="mt-4 rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t("exhibition.noSlots")}</p>
        ) : (
          <DataTable caption={t("exhibition.slotsCaption", { title })} density="comfortable" className="mt-4">
            <TableHead>
              <HeaderCell>{t("exhibition.dateTime")}</HeaderCell>
              <HeaderCell align="end">{t("exhibition.remaining")}</HeaderCell>
              <HeaderCell>{t("exhibition.booking")}</HeaderCell>
            </TableHead>
            <tbody>
              {slots.map((slot) => {
                const when = format.dateTime(slot.startsAt, { dateStyle: "full", timeStyle: "short" });
                return (
                  <tr key={slot.id} className="border-t border-slate-100" data-slot-id={slot.id} data-remaining={slot.remaining}>
                    <th scope="row" className="text-start font-normal">
                      <time dateTime={slot.startsAt.toISOString()}>{when}</time>
                    </th>
                    <td className="text-end tabular-nums">{t("exhibition.placesLeft", { count: slot.remaining })}</td>
                    <td>
                      {slot.window === "open" && slot.remaining > 0 ? (
                        <Link
                          href={{ pathname: `/field-trips/${exhibition.slug}/book`, query: { slot: slot.id } }}
                          className="font-semibold text-brand-700 underline hover:text-brand-800"
                          aria-label={t("exhibition.bookSlotLabel", { when })}
                        >
                          {t("exhibition.bookSlot")}
                        </Link>
                      ) : (
                        <span className="text-slate-700">
                          {slot.window === "notOpenYet"
                            ? t("exhibition.opensOn", { date: format.dateTime(bookingOpensAt(slot.startsAt), { dateStyle: "medium" }) })
                            : slot.window === "closed"
                              ? t("exhibition.bookingClosed")
                              : t("exhibition.full")}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
        )}
      </PageSection>
    </article>
  );
}
