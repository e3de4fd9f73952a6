import { findPage, type Page, type PageQuery, type SortDirection } from "@/lib/paging";
import type { Locale } from "./locales";

/** Compares texts the way readers of `locale` expect a list ordered: their alphabet, numbers by value. */
export function textOrder(locale: Locale, dir: SortDirection = "asc"): (a: string, b: string) => number {
  const { compare } = new Intl.Collator(locale, { numeric: true, sensitivity: "base" });
  return dir === "asc" ? compare : (a, b) => compare(b, a);
}

/** Ascending or descending by a number (capacity, a date's time, a level's rank). */
export function numberOrder(dir: SortDirection = "asc"): (a: number, b: number) => number {
  return dir === "asc" ? (a, b) => a - b : (a, b) => b - a;
}

/**
 * A page of a list ordered in the reader's language. PostgreSQL cannot collate a text that lives in
 * a JSON `translations` column per reader, so the service reads the sort keys of every matching row
 * (ids and short texts), orders them here, and only the rows of the page are loaded in full.
 * Ties fall back to the id so that a row never shows on two pages.
 */
export async function findOrderedPage<K extends { id: string }, T extends { id: string }>(
  query: Pick<PageQuery, "page" | "size">,
  keys: readonly K[],
  compare: (a: K, b: K) => number,
  load: (ids: string[]) => Promise<T[]>,
): Promise<Page<T>> {
  const ordered = [...keys].sort((a, b) => compare(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((key) => key.id);
  return findPage(
    query,
    async ({ skip, take }) => {
      const ids = ordered.slice(skip, skip + take);
      const rows = new Map((await load(ids)).map((row) => [row.id, row]));
      // A row removed between the two reads simply drops out of this page.
      return ids.flatMap((id) => rows.get(id) ?? []);
    },
    async () => ordered.length,
  );
}
