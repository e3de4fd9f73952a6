import { useLocale } from "next-intl";
import { localized } from "@/lib/i18n/translated";
import { isLocale, defaultLocale } from "@/lib/i18n/locales";

/**
 * A content field (title, story…) in the page's language. When it has no translation the English
 * original shows, marked `lang="en"` for screen readers and isolated with `dir="auto"` so an English
 * sentence inside a right-to-left page keeps its full stop and brackets where they belong.
 * For attributes and `<title>` (no markup) use `translated()` instead.
 */
export function LocalizedText<T extends { translations: unknown }>({ record, field }: { record: T; field: keyof T & string }) {
  const current = useLocale();
  const value = localized(record, field, isLocale(current) ? current : defaultLocale);
  if (!value.fallback) return value.text;
  return (
    <span lang={value.lang} dir="auto">
      {value.text}
    </span>
  );
}
