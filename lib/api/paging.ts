import { z } from "zod";
import type { GlobalMeta } from "zod/v4/core";
import { MAX_PAGE, PAGE_SIZES, pageWindow, toPage, type Page, type PageQuery } from "@/lib/paging";

/**
 * The JSON of one page of a list: `{ items, total, page, size, pageCount }`. Every list endpoint
 * answers with it, for the `page`, `size`, `sort` and `dir` it was asked.
 */
export function pageSchema<T extends z.ZodType>(item: T, id: string, description: string) {
  return z
    .strictObject({
      items: z.array(item),
      total: z.int().min(0).meta({ description: "Matching records on all pages." }),
      page: z.int().min(1).meta({ description: "This page's number, from 1." }),
      size: z.int().min(1).meta({ description: "Records per page." }),
      pageCount: z.int().min(1).meta({ description: "Pages in all; at least 1, even when nothing matches." }),
    })
    .meta({ id, description });
}

/** A `Page<T>` as its JSON, each row through the area's serializer (rows already serialized pass as they are). */
export function pageJson<T>(page: Page<T>): { items: T[]; total: number; page: number; size: number; pageCount: number };
export function pageJson<T, J>(page: Page<T>, serialize: (row: T) => J): { items: J[]; total: number; page: number; size: number; pageCount: number };
export function pageJson<T, J>(page: Page<T>, serialize?: (row: T) => J) {
  return { items: serialize ? page.rows.map(serialize) : page.rows, total: page.total, page: page.page, size: page.size, pageCount: page.pageCount };
}

/** How the paging parameters behave, for `documentedQuery`: out-of-range values fall back, never fail. */
export const PAGE_PARAMETER_DOCS: Record<"page" | "size" | "sort" | "dir", GlobalMeta> = {
  page: { description: `Page number, from 1 (at most ${MAX_PAGE}); anything else reads as 1.` },
  size: {
    description: `Records per page, one of ${PAGE_SIZES.join(", ")}; anything else reads as the default.`,
    // The schema checks membership with a refinement, which JSON Schema cannot see: say it as an enum.
    override: ({ jsonSchema }: { jsonSchema: Record<string, unknown> }) => {
      delete jsonSchema.minimum;
      delete jsonSchema.maximum;
      jsonSchema.enum = [...PAGE_SIZES];
    },
  },
  sort: { description: "The field to sort by; anything else reads as the default." },
  dir: { description: "Sort direction; anything else reads as the default." },
};

/**
 * One page of a list a service returns whole because it is small and bounded (the catalogue, an
 * exhibition's next slots), sorted by the asked column: the same query and answer as a paged service.
 */
export function pageOfList<T, S extends string>(items: readonly T[], query: PageQuery<S>, compare: Record<S, (a: T, b: T) => number>): Page<T> {
  const sign = query.dir === "desc" ? -1 : 1;
  const sorted = [...items].sort((a, b) => sign * compare[query.sort](a, b));
  const { skip, take } = pageWindow(query);
  return toPage(sorted.slice(skip, skip + take), items.length, query);
}
