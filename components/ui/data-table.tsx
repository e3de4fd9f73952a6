import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { SortDirection } from "@/lib/paging";
import { withQuery, type ListLocation } from "./list-query";

// Staff tables carry many columns, so their cells sit closer than those of public tables.
const cellSpacing = {
  compact: "[&_td]:px-3 [&_th]:px-3",
  comfortable: "[&_td]:px-4 [&_th]:px-4",
} as const;

const alignment = { start: "text-start", end: "text-end" } as const;

/**
 * A captioned table that scrolls sideways on narrow screens. It sets the padding of every
 * cell, so rows hold plain <td> and <th scope="row">; headings go in <TableHead>.
 */
export function DataTable({
  caption,
  density = "compact",
  className,
  children,
}: {
  caption: string;
  density?: keyof typeof cellSpacing;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={["overflow-x-auto rounded-xl border border-slate-200 bg-white", className].filter(Boolean).join(" ")}>
      <table className={`w-full text-sm [&_td]:py-2 [&_th]:py-2 ${cellSpacing[density]}`}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** The row of column headings. */
export function TableHead({ children }: { children: ReactNode }) {
  return (
    <thead className="bg-slate-50">
      <tr>{children}</tr>
    </thead>
  );
}

/** One column heading; numbers are aligned to the end, like their cells. */
export function HeaderCell({ align = "start", className, children }: { align?: keyof typeof alignment; className?: string; children: ReactNode }) {
  return (
    <th scope="col" className={[alignment[align], className].filter(Boolean).join(" ")}>
      {children}
    </th>
  );
}

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/**
 * A column heading that sorts the list: a link to the same page sorted by this column (in
 * `firstDirection`, then the other way), back on page 1, keeping the filters and page size. The sorted column
 * says so to screen readers (`aria-sort`) and shows an arrow.
 */
export function SortableHeaderCell({
  column,
  list,
  align = "start",
  className,
  firstDirection = "asc",
  children,
}: {
  column: string;
  list: ListLocation;
  align?: keyof typeof alignment;
  className?: string;
  /** The direction a first click sorts in (dates of visits read best newest first in some lists). */
  firstDirection?: SortDirection;
  children: ReactNode;
}) {
  const t = useTranslations("paging");
  const active = list.sort === column;
  const nextDirection: SortDirection = active ? (list.dir === "asc" ? "desc" : "asc") : firstDirection;
  return (
    <th scope="col" aria-sort={active ? ARIA_SORT[list.dir] : undefined} className={[alignment[align], className].filter(Boolean).join(" ")}>
      <Link
        href={{ pathname: list.pathname, query: withQuery(list.query, { sort: column, dir: nextDirection, page: undefined }) }}
        className="inline-flex items-center gap-1 text-slate-900 underline decoration-slate-400 underline-offset-2 hover:decoration-slate-900"
      >
        {children}
        <SortArrow direction={active ? list.dir : undefined} />
        <span className="sr-only">{t(nextDirection === "asc" ? "sortAscending" : "sortDescending")}</span>
      </Link>
    </th>
  );
}

/** Up or down for the sorted column; a faint double arrow for the others. Decorative: aria-sort says it. */
function SortArrow({ direction }: { direction?: SortDirection }) {
  const path = direction === "asc" ? "M5 12l5-5 5 5" : direction === "desc" ? "M5 8l5 5 5-5" : "M6 8l4-4 4 4M6 12l4 4 4-4";
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className={`size-4 shrink-0 ${direction ? "text-slate-900" : "text-slate-500"}`} fill="none" stroke="currentColor" strokeWidth="2">
      <path d={path} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
