import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider, hasLocale } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import "@/components/layout/fonts/inter.css";
import "../globals.css";
import { routing } from "@/lib/i18n/routing";
import { directionOf } from "@/lib/i18n/locales";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { LocaleFonts } from "@/components/layout/locale-fonts";
import { pickMessages } from "@/lib/i18n/client-messages";

/**
 * No page is rendered at build time: the build has no database (`npm test` builds without
 * DATABASE_URL). Public pages render on their first request per locale and are then served from
 * cache (ISR, ADR 0007); pages that read the session or the query string render per request.
 */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "nav" });
  const messages = pickMessages(await getMessages());

  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t("skipToContent")}
        </a>
        <LocaleFonts locale={locale} />
        <NextIntlClientProvider messages={messages}>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
