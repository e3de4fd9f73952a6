import type { Metadata } from "next";
import type { CatalogueViewProps } from "@/lib/http/catalogue-views";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { EVENT_SORTS, EventListQuerySchema, listUpcomingEvents } from "@/lib/events/list-upcoming-events";
import { formatFor } from "@/lib/i18n/format";
import { parseInput } from "@/lib/validation";
import { PageHeading } from "@/components/catalogue/page-heading";
import { SortForm } from "@/components/catalogue/sort-form";
import { LocalizedText } from "@/components/ui/localized-text";
import { Pagination } from "@/components/ui/pagination";

const PATHNAME = "/events";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("events");
  return { title: t("title") };
}

/** The catalogue as one component: the static page shows it unfiltered, the filtered view (catalogue-views.ts) with a query. */
export async function EventsCatalogue({ locale, searchParams }: CatalogueViewProps) {
  setRequestLocale(locale);
  const t = await getTranslations();
  const format = formatFor(locale);
  const raw = searchParams;
  const query = parseInput(EventListQuerySchema, raw);
  const events = await listUpcomingEvents(getDb(), format.locale, query);
  const count = t("events.count", { count: events.total });

  return (
    <div>
      <PageHeading title={t("events.title")} lead={t("events.lead")} />
      <p className="mb-4 text-sm text-slate-600">{t("events.timeZoneNote")}</p>
      {events.total === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t("events.empty")}</p>
      ) : (
        <>
          <SortForm
            id="events"
            label={t("events.sortLabel")}
            sort={query.sort}
            dir={query.dir}
            options={EVENT_SORTS.map((value) => ({ value, label: t(`events.sort.${value}`) }))}
            query={raw}
          />
          <p className="mb-4 text-sm text-slate-600" data-testid="list-total">
            {count}
          </p>
          {events.rows.length === 0 ? (
            <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t("paging.emptyPage")}</p>
          ) : (
            <ul className="space-y-4">
              {events.rows.map((event) => (
                <li key={event.id} className="rounded-xl border border-slate-200 bg-white p-6">
                  <p className="text-sm font-semibold text-accent-600">{t(`events.category.${event.category}`)}</p>
                  <h2 className="text-lg font-semibold">
                    <LocalizedText record={event} field="title" />
                  </h2>
                  <p className="text-sm text-slate-600">
                    <time dateTime={event.startsAt.toISOString()}>{format.dateTime(event.startsAt, { date: "full", time: "short" })}</time> ·{" "}
                    <LocalizedText record={event} field="venue" />
                  </p>
                  <p className="mt-2 text-slate-700">
                    <LocalizedText record={event} field="description" />
                  </p>
                  <p className="mt-2 text-sm text-slate-600">{t("events.seatsLeft", { count: Math.max(0, event.capacity - event.registeredSeats) })}</p>
                </li>
              ))}
            </ul>
          )}
          <Pagination id="events" page={events} pathname={PATHNAME} query={raw} label={t("events.pagesLabel")} totalLabel={count} />
        </>
      )}
    </div>
  );
}
