import { CoursesCatalogue } from "../../courses/catalogue-view";

export { generateMetadata } from "../../courses/catalogue-view";

/** Per request (ADR 0007). */
export const dynamic = "force-dynamic";

/** /courses with a query (filters, sorting, pages), rendered per request; proxy.ts rewrites to here. */
export default async function FilteredCoursesPage({ params, searchParams }: PageProps<"/[locale]/filtered/courses">) {
  const { locale } = await params;
  return <CoursesCatalogue locale={locale} searchParams={await searchParams} />;
}
