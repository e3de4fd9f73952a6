import { EventsCatalogue } from "./catalogue-view";

export { generateMetadata } from "./catalogue-view";

/**
 * Rendered on first request per locale, then served from cache (ADR 0007); changes refresh it by path,
 * and this bounds how long anything else (time passing) can leave it stale. A query string is
 * rewritten by proxy.ts to the per-request view under /[locale]/filtered.
 */
export const revalidate = 300;

export default async function EventsPage({ params }: PageProps<"/[locale]/events">) {
  const { locale } = await params;
  return <EventsCatalogue locale={locale} searchParams={{}} />;
}
