import { BusinessesCatalogue } from "../../businesses/catalogue-view";

export { generateMetadata } from "../../businesses/catalogue-view";

/** Per request (ADR 0007). */
export const dynamic = "force-dynamic";

/** /businesses with a query (filters, sorting, pages), rendered per request; proxy.ts rewrites to here. */
export default async function FilteredBusinessesPage({ params, searchParams }: PageProps<"/[locale]/filtered/businesses">) {
  const { locale } = await params;
  return <BusinessesCatalogue locale={locale} searchParams={await searchParams} />;
}
