import type { ReactNode } from "react";

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
