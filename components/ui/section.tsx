import type { ReactNode } from "react";

/** A part of a page, named for screen readers by its heading. */
export function PageSection({ headingId, title, children }: { headingId: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A boxed part of a page (typically one form): heading, an optional lead, then the content. */
export function CardSection({ headingId, title, lead, children }: { headingId: string; title: string; lead?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white p-6">
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      {lead && <p className="mt-1 text-sm text-slate-600">{lead}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}
