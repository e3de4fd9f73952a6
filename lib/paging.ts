import { z } from "zod";

/**
 * Every list is paged on the server. A list declares the columns it can sort by; the query string
 * carries `page`, `size`, `sort` and `dir`, so a filtered, sorted page has a URL of its own.
 * Bad values fall back to the defaults rather than failing the page.
 */
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;
/** A bound on how deep anyone can page, so `?page=999999999` cannot make PostgreSQL skip a billion rows. */
export const MAX_PAGE = 10_000;

export type SortDirection = "asc" | "desc";

export interface PageQuery<S extends string = string> {
  page: number;
  size: number;
  sort: S;
  dir: SortDirection;
}

const lenient = <T extends z.ZodType>(schema: T, fallback: z.output<T>) => schema.catch(fallback as never);

/** The paging part of a list's query: `sortable` names the columns, the first default sort wins on bad input. */
export function pageQuerySchema<S extends string>(sortable: readonly [S, ...S[]], defaults: { sort: S; dir: SortDirection; size?: number }) {
  const size = defaults.size ?? DEFAULT_PAGE_SIZE;
  return z.object({
    page: lenient(z.coerce.number().int().min(1).max(MAX_PAGE), 1).default(1),
    size: lenient(z.coerce.number().int().refine((n) => (PAGE_SIZES as readonly number[]).includes(n)), size).default(size),
    sort: lenient(z.enum(sortable as [S, ...S[]]), defaults.sort).default(defaults.sort),
    dir: lenient(z.enum(["asc", "desc"]), defaults.dir).default(defaults.dir),
  });
}

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  size: number;
  pageCount: number;
}

/** `skip`/`take` for Prisma. */
export function pageWindow(query: Pick<PageQuery, "page" | "size">) {
  return { skip: (query.page - 1) * query.size, take: query.size };
}

export function toPage<T>(rows: T[], total: number, query: Pick<PageQuery, "page" | "size">): Page<T> {
  return { rows, total, page: query.page, size: query.size, pageCount: Math.max(1, Math.ceil(total / query.size)) };
}

/** Runs the page's rows and the total in one round trip each, in parallel. */
export async function findPage<T>(query: Pick<PageQuery, "page" | "size">, rows: (window: { skip: number; take: number }) => Promise<T[]>, count: () => Promise<number>): Promise<Page<T>> {
  const [found, total] = await Promise.all([rows(pageWindow(query)), count()]);
  return toPage(found, total, query);
}
