import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requirePagePermission } from "@/lib/auth/session.server";
import { OutboxStatus } from "@/lib/generated/prisma/enums";
import { OutboxQuerySchema, listOutbox } from "@/lib/notifications/list-outbox";
import { renderNotification } from "@/lib/notifications/render-notification";
import { parseInput } from "@/lib/validation";
import { withQueryFallback } from "@/lib/http/query-fallback";
import { formatFor } from "@/lib/i18n/format";
import { FormAlert } from "@/components/ui/form-alert";
import { Field, controlClass } from "@/components/ui/field";
import { FilterActions, FilterSelect } from "@/components/ui/filter-form";
import { DataTable, HeaderCell, SortableHeaderCell, TableHead } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import type { ListLocation } from "@/components/ui/list-query";

const PATHNAME = "/admin/outbox";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.outbox");
  return { title: t("title") };
}

export default async function OutboxPage({ params, searchParams }: PageProps<"/[locale]/admin/outbox">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("admin.outbox");
  const tAll = await getTranslations();
  const format = formatFor(locale);
  const actor = await requirePagePermission("read:outbox:any", PATHNAME);
  const raw = await searchParams;
  const { result: query, invalidQuery } = await withQueryFallback(
    async () => parseInput(OutboxQuerySchema, raw),
    async () => parseInput(OutboxQuerySchema, {}),
  );
  const messages = await listOutbox(getDb(), actor, query);
  const rows = await Promise.all(messages.rows.map(async (message) => ({ ...message, subject: (await renderNotification(message)).subject })));
  const list: ListLocation = { pathname: PATHNAME, query: raw, sort: query.sort, dir: query.dir };
  const count = t("count", { count: messages.total });

  return (
    <section aria-labelledby="outbox-title" className="space-y-4">
      <h1 id="outbox-title" className="text-2xl font-bold">
        {t("title")}
      </h1>
      <p className="text-slate-700">{t("lead")}</p>
      {invalidQuery && <FormAlert message={tAll("fieldTrips.catalogue.invalidFilter")} />}
      <form method="get" role="search" className="no-print grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3 sm:items-end" aria-label={t("filterLabel")}>
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <input type="hidden" name="size" value={query.size} />
        <Field id="outbox-recipient" label={t("recipientSearch")}>
          <input id="outbox-recipient" name="recipient" type="search" defaultValue={query.recipient} maxLength={254} className={controlClass} />
        </Field>
        <FilterSelect
          id="outbox-status"
          name="status"
          label={t("status")}
          defaultValue={query.status ?? ""}
          anyLabel={tAll("common.all")}
          options={Object.values(OutboxStatus).map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
        />
        <FilterActions applyLabel={tAll("common.filter")} resetLabel={tAll("common.reset")} resetHref={PATHNAME} />
      </form>
      {rows.length === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{messages.total === 0 ? t("empty") : tAll("paging.emptyPage")}</p>
      ) : (
        <DataTable caption={t("caption", { page: messages.page, pageCount: messages.pageCount })}>
          <TableHead>
            <SortableHeaderCell column="createdAt" list={list} firstDirection="desc">
              {t("queued")}
            </SortableHeaderCell>
            <SortableHeaderCell column="recipient" list={list}>
              {t("recipient")}
            </SortableHeaderCell>
            <HeaderCell>{t("message")}</HeaderCell>
            <SortableHeaderCell column="status" list={list}>
              {t("status")}
            </SortableHeaderCell>
          </TableHead>
          <tbody>
            {rows.map((message) => (
              <tr key={message.id} className="border-t border-slate-100 align-top">
                <td className="whitespace-nowrap">
                  <time dateTime={message.createdAt.toISOString()}>{format.dateTime(message.createdAt, { date: "short", time: "short" })}</time>
                </td>
                <td>
                  <bdi dir="ltr">{message.toEmail}</bdi>
                </td>
                <td lang={message.locale} dir="auto">
                  {message.subject}
                </td>
                <td>
                  {t(`statuses.${message.status}`)}
                  {message.lastError && <span className="block text-accent-600">{message.lastError}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Pagination id="outbox" page={messages} pathname={PATHNAME} query={raw} label={t("pagesLabel")} totalLabel={count} />
    </section>
  );
}
