import { EventsCatalogue } from "../../events/catalogue-view";

export { generateMetadata } from "../../events/catalogue-view";

/** Per request (ADR 0007). */
export const dynamic = "force-dynamic";

/** /events with a query (filters, sorting, pages), rendered per request; proxy.ts rewrites to here. */
export default async function FilteredEventsPage({ params, searchParams }: PageProps<"/[locale]/filtered/events">) {
  const { locale } = await params;
  return <EventsCatalogue locale={locale} searchParams={await searchParams} />;
}
