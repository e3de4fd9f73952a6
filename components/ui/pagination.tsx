import { useLocale, useTranslations } from "next-intl";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { PAGE_SIZES, type Page } from "@/lib/paging";
import { withQuery, type ListQuery } from "./list-query";

const pageLink = "inline-block rounded border border-slate-400 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-100";
const noPage = "inline-block rounded border border-slate-200 bg-slate-50 px-3 py-1.5 text-slate-600";

/**
 * The pager under a paged list: "page X of Y", the total, previous/next links and the page size.
 * Every link and the size form keep the list's other query parameters (filters, sort).
 * Works without JavaScript: the size is a small GET form.
 */
export function Pagination({
  page,
  pathname,
  query,
  label,
  totalLabel,
  id,
}: {
  page: Pick<Page<unknown>, "page" | "size" | "total" | "pageCount">;
  pathname: string;
  query: ListQuery;
  /** Names the navigation for screen readers, e.g. "Pages of field trip bookings". */
  label: string;
  /** The list's own way of counting ("12 bookings"); a generic count otherwise. */
  totalLabel?: string;
  /** Makes the size control's id unique when a page shows two lists. */
  id: string;
}) {
  const t = useTranslations("paging");
  const format = formatFor(useLocale());
  const previous = page.page > 1 ? Math.min(page.page - 1, page.pageCount) : undefined;
  const next = page.page < page.pageCount ? page.page + 1 : undefined;
  const href = (target: number) => ({ pathname, query: withQuery(query, { page: String(target) }) });
  const kept = Object.entries(withQuery(query, { page: undefined, size: undefined })).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((one) => [name, one] as const),
  );

  return (
    <div className="no-print mt-4 flex flex-wrap items-center justify-between gap-4 text-sm">
      <nav aria-label={label} className="flex flex-wrap items-center gap-3">
        <p>
          {t("pageOf", { page: page.page, pageCount: page.pageCount })}
          {" · "}
          <span className="text-slate-600" data-testid="list-total">
            {totalLabel ?? t("total", { total: page.total })}
          </span>
        </p>
        <ul className="flex gap-2">
          <li>
            {previous ? (
              <Link href={href(previous)} rel="prev" className={pageLink}>
                {t("previous")}
              </Link>
            ) : (
              <span className={noPage}>
                {t("previous")}
              </span>
            )}
          </li>
          <li>
            {next ? (
              <Link href={href(next)} rel="next" className={pageLink}>
                {t("next")}
              </Link>
            ) : (
              <span className={noPage}>
                {t("next")}
              </span>
            )}
          </li>
        </ul>
      </nav>
      <form method="get" className="flex items-center gap-2">
        {kept.map(([name, value], index) => (
          <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
        ))}
        <label htmlFor={`${id}-size`}>{t("size")}</label>
        <select id={`${id}-size`} name="size" defaultValue={String(page.size)} className="rounded border border-slate-400 bg-white px-2 py-1.5 text-slate-900">
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {format.number(size)}
            </option>
          ))}
        </select>
        <button type="submit" className="rounded border border-slate-400 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-100">
          {t("apply")}
        </button>
      </form>
    </div>
  );
}
