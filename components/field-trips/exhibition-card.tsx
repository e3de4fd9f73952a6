import { Link } from "@/lib/i18n/navigation";
import { LocalizedText } from "@/components/ui/localized-text";

export interface ExhibitionCardProps {
  exhibition: { slug: string; title: string; summary: string; translations: unknown };
  eraLabel: string;
  facts: { label: string; value: string }[];
  linkLabel: string;
}

/** One exhibition in the catalogue: its content in the reader's language (English marked as such), labels from the page. */
export function ExhibitionCard({ exhibition, eraLabel, facts, linkLabel }: ExhibitionCardProps) {
  const headingId = `exhibition-${exhibition.slug}`;
  return (
    <article aria-labelledby={headingId} className="flex h-full flex-col rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{eraLabel}</p>
      <h2 id={headingId} className="mt-1 text-lg font-semibold">
        <LocalizedText record={exhibition} field="title" />
      </h2>
      <p className="mt-2 text-slate-700">
        <LocalizedText record={exhibition} field="summary" />
      </p>
      <dl className="mt-4 grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt className="text-slate-600">{fact.label}</dt>
            <dd className="font-medium text-slate-900">{fact.value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-auto pt-4">
        <Link href={`/field-trips/${exhibition.slug}`} className="font-semibold text-brand-700 underline hover:text-brand-800">
          {linkLabel}
          <span className="sr-only">
            {": "}
            <LocalizedText record={exhibition} field="title" />
          </span>
        </Link>
      </p>
    </article>
  );
}
