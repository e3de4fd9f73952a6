import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requirePagePermission } from "@/lib/auth/session.server";
import { listOutbox } from "@/lib/notifications/list-outbox";
import { renderNotification } from "@/lib/notifications/render-notification";

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
      <div className="mt-4 overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full text-start text-sm">
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="p-2 text-start">{t("queued")}</th>
              <th scope="col" className="p-2 text-start">{t("recipient")}</th>
              <th scope="col" className="p-2 text-start">{t("message")}</th>
              <th scope="col" className="p-2 text-start">{t("status")}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id} className="border-t border-slate-100 align-top">
                <td className="p-2 whitespace-nowrap">{format.dateTime(message.createdAt, { dateStyle: "short", timeStyle: "short" })}</td>
                <td className="p-2">{message.toEmail}</td>
                <td className="p-2" lang={message.locale}>{renderNotification(message).subject}</td>
                <td className="p-2">
                  {t(`statuses.${message.status}`)}
                  {message.lastError && <span className="block text-accent-600">{message.lastError}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
