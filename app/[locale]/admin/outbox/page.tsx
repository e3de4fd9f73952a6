import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requirePagePermission } from "@/lib/auth/session.server";
import { listOutbox } from "@/lib/notifications/list-outbox";
import { renderNotification } from "@/lib/notifications/render-notification";
import { DataTable, HeaderCell, TableHead } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.outbox");
  return { title: t("title") };
}

export default async function OutboxPage({ params }: PageProps<"/[locale]/admin/outbox">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("admin.outbox");
  const format = await getFormatter();
  const messages = await listOutbox(getDb(), await requirePagePermission("read:outbox:any", "/admin/outbox"));
  return (
    <section aria-labelledby="outbox-title">
      <h1 id="outbox-title" className="text-2xl font-bold">
        {t("title")}
      </h1>
      <p className="mt-2 text-slate-700">{t("lead")}</p>
      <DataTable caption={t("title")} className="mt-4">
        <TableHead>
          <HeaderCell>{t("queued")}</HeaderCell>
          <HeaderCell>{t("recipient")}</HeaderCell>
          <HeaderCell>{t("message")}</HeaderCell>
          <HeaderCell>{t("status")}</HeaderCell>
        </TableHead>
        <tbody>
          {(await Promise.all(messages.map(async (message) => ({ ...message, subject: (await renderNotification(message)).subject })))).map((message) => (
            <tr key={message.id} className="border-t border-slate-100 align-top">
              <td className="whitespace-nowrap">{format.dateTime(message.createdAt, { dateStyle: "short", timeStyle: "short" })}</td>
              <td>{message.toEmail}</td>
              <td lang={message.locale}>{message.subject}</td>
              <td>
                {t(`statuses.${message.status}`)}
                {message.lastError && <span className="block text-accent-600">{message.lastError}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}
