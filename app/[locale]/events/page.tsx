import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { listUpcomingEvents } from "@/lib/events/list-upcoming-events";
import { translated } from "@/lib/i18n/translated";
import type { Locale } from "@/lib/i18n/locales";
import { PageHeading } from "@/components/catalogue/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("events");
  return { title: t("title") };
}

export default async function EventsPage({ params }: PageProps<"/[locale]/events">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("events");
  const format = await getFormatter();
  const events = await listUpcomingEvents(getDb());
  return (
    <div>
      <PageHeading title={t("title")} lead={t("lead")} />
      <p className="mb-4 text-sm text-slate-600">{t("timeZoneNote")}</p>
      <ul className="space-y-4">
        {events.map((event) => (
          <li key={event.id} className="rounded-xl border border-slate-200 bg-white p-6">
            <p className="text-sm font-semibold text-accent-600">{t(`category.${event.category}`)}</p>
            <h2 className="text-lg font-semibold">{translated(event, "title", locale as Locale)}</h2>
            <p className="text-sm text-slate-600">
              <time dateTime={event.startsAt.toISOString()}>{format.dateTime(event.startsAt, { dateStyle: "full", timeStyle: "short" })}</time> · {event.venue}
            </p>
            <p className="mt-2 text-slate-700">{translated(event, "description", locale as Locale)}</p>
            <p className="mt-2 text-sm text-slate-600">{t("seatsLeft", { count: Math.max(0, event.capacity - event.registeredSeats) })}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
