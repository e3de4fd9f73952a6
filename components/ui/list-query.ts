import type { SortDirection } from "@/lib/paging";

/** A page's query string as Next hands it to the page (`await searchParams`). */
export type ListQuery = Record<string, string | string[] | undefined>;

/** Where a paged list lives and how it is sorted now: what its header links and pager need. */
export interface ListLocation {
  pathname: string;
  query: ListQuery;
  sort: string;
  dir: SortDirection;
}

/**
 * The same query with some parameters replaced (`undefined` removes one). Links built from it keep
 * the list's filters, sort and page size.
 */
export function withQuery(query: ListQuery, changes: Record<string, string | undefined>): Record<string, string | string[]> {
  const next: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries({ ...query, ...changes })) if (value !== undefined && value !== "") next[key] = value;
  return next;
}

/** The query as a search string, for links outside the app's router (the API's CSV export). */
export function toSearch(query: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) for (const one of Array.isArray(value) ? value : [value]) params.append(key, one);
  return params.toString();
}
