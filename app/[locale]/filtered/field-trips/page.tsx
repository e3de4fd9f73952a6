import { FieldTripCatalogue } from "../../field-trips/catalogue-view";

export { generateMetadata } from "../../field-trips/catalogue-view";

/** Per request (ADR 0007). */
export const dynamic = "force-dynamic";

/** /field-trips with a query (filters, sorting, pages), rendered per request; proxy.ts rewrites to here. */
export default async function FilteredFieldTripCataloguePage({ params, searchParams }: PageProps<"/[locale]/filtered/field-trips">) {
  const { locale } = await params;
  return <FieldTripCatalogue locale={locale} searchParams={await searchParams} />;
}
