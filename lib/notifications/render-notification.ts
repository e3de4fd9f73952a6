import { createTranslator } from "next-intl";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";
import ur from "@/messages/ur.json";
import zh from "@/messages/zh.json";
import fa from "@/messages/fa.json";

const CATALOGS = { en, ru, ur, zh, fa } as const;

/**
 * An outbox message in its recipient's language: the subject is the catalog text of
 * `notifications.<template>`; the body adds the Center's sign-off.
 */
export function renderNotification(message: { template: string; locale: string; payload: unknown }) {
  const locale: Locale = isLocale(message.locale) ? message.locale : defaultLocale;
  const t = createTranslator({ locale, messages: CATALOGS[locale] as typeof en, timeZone: "Asia/Karachi" });
  const params = Object.fromEntries(
    Object.entries((message.payload ?? {}) as Record<string, unknown>).map(([key, value]) => [key, String(value)]),
  );
  const key = `notifications.${message.template}` as Parameters<typeof t>[0];
  const subject = t.has(key) ? t(key, params) : message.template;
  return { subject, text: `${subject}\n\n${t("notifications.signature")}\n` };
}
