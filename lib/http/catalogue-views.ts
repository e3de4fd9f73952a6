import { isLocale } from "@/lib/i18n/locales";

/**
 * Public catalogues are served from cache per locale (ADR 0007); a page that reads its query string
 * cannot be. So each catalogue has two entry points over one component: `/[locale]/<catalogue>`
 * (no query, cached) and `/[locale]/filtered/<catalogue>` (filters, sorting and pages, per request),
 * and proxy.ts rewrites any catalogue address with a query string to the second. Addresses stay as
 * they are for people and links.
 */
export const CATALOGUES = ["field-trips", "courses", "rooms", "events", "businesses"] as const;

export const FILTERED_SEGMENT = "filtered";

export interface CatalogueViewProps {
  locale: string;
  searchParams: Record<string, string | string[] | undefined>;
}

/** Where a catalogue request with a query is rendered, or null when it is not one. */
export function filteredViewOf(url: URL): URL | null {
  if (!url.search || url.search === "?") return null;
  const [locale, catalogue, ...rest] = url.pathname.split("/").filter(Boolean);
  if (!isLocale(locale) || rest.length > 0 || !(CATALOGUES as readonly string[]).includes(catalogue)) return null;
  const target = new URL(url);
  target.pathname = `/${locale}/${FILTERED_SEGMENT}/${catalogue}`;
  return target;
}
