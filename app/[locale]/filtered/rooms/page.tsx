import { RoomsCatalogue } from "../../rooms/catalogue-view";

export { generateMetadata } from "../../rooms/catalogue-view";

/** Per request (ADR 0007). */
export const dynamic = "force-dynamic";

/** /rooms with a query (filters, sorting, pages), rendered per request; proxy.ts rewrites to here. */
export default async function FilteredRoomsPage({ params, searchParams }: PageProps<"/[locale]/filtered/rooms">) {
  const { locale } = await params;
  return <RoomsCatalogue locale={locale} searchParams={await searchParams} />;
}
