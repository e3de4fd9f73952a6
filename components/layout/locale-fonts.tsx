"use client";

import dynamic from "next/dynamic";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The web font of a non-Latin locale, as its own stylesheet (ADR 0007). A `next/dynamic` module's CSS
 * is a separate chunk that Next links only where the component renders, so an English page carries
 * no Arabic-script or CJK @font-face rules and downloads none of those fonts. Latin and Cyrillic
 * (Inter) come with the global stylesheet.
 */
const FONTS: Partial<Record<Locale, React.ComponentType>> = {
  ur: dynamic(() => import("./fonts/urdu")),
  fa: dynamic(() => import("./fonts/farsi")),
  zh: dynamic(() => import("./fonts/chinese")),
};

export function LocaleFonts({ locale }: { locale: Locale }) {
  const Font = FONTS[locale];
  return Font ? <Font /> : null;
}
