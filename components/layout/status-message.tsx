import { Link } from "@/lib/i18n/navigation";

/** The body of the 403 and 404 pages: a heading, a sentence and the way home. */
export function StatusMessage({ title, body, homeLabel }: { title: string; body: string; homeLabel: string }) {
  return (
    <section className="mx-auto max-w-xl rounded-xl border border-slate-200 bg-white p-8 text-center" aria-labelledby="status-title">
      <h1 id="status-title" className="text-2xl font-bold">
        {title}
      </h1>
      <p className="mt-3 text-slate-700">{body}</p>
      <Link href="/" className="mt-6 inline-block rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
        {homeLabel}
      </Link>
    </section>
  );
}
