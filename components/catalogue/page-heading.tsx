export function PageHeading({ title, lead }: { title: string; lead?: string }) {
  return (
    <header className="mb-6">
      <h1 className="text-3xl font-bold">{title}</h1>
      {lead && <p className="mt-2 max-w-3xl text-slate-700">{lead}</p>}
    </header>
  );
}
