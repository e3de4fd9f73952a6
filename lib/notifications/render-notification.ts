import { createTranslator } from "next-intl";
import { CENTER_TIME_ZONE, defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

/**
 * An outbox message in its recipient's language: the subject is the catalog text of
 * `notifications.<template>`; the body adds the Center's sign-off.
 */
export async function renderNotification(message: { template: string; locale: string; payload: unknown }) {
  const locale: Locale = isLocale(message.locale) ? message.locale : defaultLocale;
  // Keys come from data (the template name), so the translator is used untyped.
  const t = createTranslator({ locale, messages: await loadMessages(locale), timeZone: CENTER_TIME_ZONE }) as unknown as {
    (key: string, params?: Record<string, string>): string;
    has(key: string): boolean;
  };
  const params = Object.fromEntries(
    Object.entries((message.payload ?? {}) as Record<string, unknown>).map(([key, value]) => [key, String(value)]),
  );
  const key = `notifications.${message.template}`;
  const subject = t.has(key) ? t(key, params) : message.template;
  return { subject, text: `${subject}\n\n${t("notifications.signature")}\n` };
}
