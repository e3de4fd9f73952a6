import { useTranslations } from "next-intl";
import { auditDiff, type DiffKind } from "@/lib/audit/diff";

const KIND_CLASS: Record<DiffKind, string> = {
  added: "bg-emerald-50",
  removed: "bg-rose-50",
  changed: "bg-amber-50",
  unchanged: "",
};

/**
 * An audit row's before and after side by side, one line per field. A changed field is marked in
 * words (and bold), not only by colour; unchanged fields are listed too, for context.
 */
export function AuditDiff({ before, after, caption }: { before: unknown; after: unknown; caption: string }) {
  const t = useTranslations("admin.audit");
  const lines = auditDiff(before, after);
  if (lines.length === 0) return <p className="text-sm text-slate-600">{t("noSnapshot")}</p>;
  return (
    <table className="w-full table-fixed border-collapse text-xs">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="text-start">
          <th scope="col" className="w-1/5 p-1 text-start">
            {t("field")}
          </th>
          <th scope="col" className="p-1 text-start">
            {t("before")}
          </th>
          <th scope="col" className="p-1 text-start">
            {t("after")}
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.key} className={`border-t border-slate-100 align-top ${KIND_CLASS[line.kind]}`} data-change={line.kind}>
            <th scope="row" className={`p-1 text-start ${line.kind === "unchanged" ? "font-normal" : "font-bold"}`}>
              <code dir="ltr">{line.key}</code>
              {line.kind !== "unchanged" && <span className="block text-[0.7rem] font-semibold text-slate-800">{t(`change.${line.kind}`)}</span>}
            </th>
            <td className="p-1">
              <pre dir="ltr" className="whitespace-pre-wrap break-all font-mono">
                {line.before ?? "—"}
              </pre>
            </td>
            <td className="p-1">
              <pre dir="ltr" className={`whitespace-pre-wrap break-all font-mono ${line.kind === "unchanged" ? "" : "font-bold"}`}>
                {line.after ?? "—"}
              </pre>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
