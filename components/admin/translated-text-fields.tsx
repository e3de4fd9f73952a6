"use client";

import { useTranslations } from "next-intl";
import { ENDONYMS, defaultLocale, directionOf, locales } from "@/lib/i18n/locales";
import { Field, describedBy, inputClass } from "@/components/ui/field";

export interface TextFieldSpec {
  name: string;
  label: string;
  multiline?: boolean;
  maxLength: number;
}

type Translations = Partial<Record<string, Partial<Record<string, string>>>>;

/** The form name of a field in one language: English in the record's column, others in `translations`. */
export const translatedFieldName = (locale: string, field: string) => (locale === defaultLocale ? field : `translations.${locale}.${field}`);

/**
 * A content record's texts in all five languages, one group per language. English is required;
 * a field left empty in another language shows the English text to readers, and the form says so.
 */
export function TranslatedTextFields({
  idPrefix,
  fields,
  record,
  values,
  errors,
}: {
  idPrefix: string;
  fields: TextFieldSpec[];
  record?: Record<string, unknown> & { translations?: unknown };
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const t = useTranslations("admin.exhibitions");
  const translations = (record?.translations ?? {}) as Translations;
  const valueOf = (locale: string, field: string) => {
    const name = translatedFieldName(locale, field);
    if (name in values) return values[name];
    return locale === defaultLocale ? String(record?.[field] ?? "") : (translations[locale]?.[field] ?? "");
  };
  return (
    <div className="space-y-4">
      {locales.map((locale) => {
        const missing = locale === defaultLocale ? [] : fields.filter((f) => valueOf(locale, f.name).trim() === "");
        return (
          <fieldset key={locale} className="space-y-3 rounded-lg border border-slate-200 p-3" data-locale={locale}>
            <legend className="px-1 text-sm font-semibold">
              <span lang={locale}>{ENDONYMS[locale]}</span> {locale === defaultLocale ? t("required") : t("optional")}
            </legend>
            {missing.length > 0 && (
              <p className="text-sm text-slate-700" data-fallback-note>
                {missing.length === fields.length ? t("fallsBackAll") : t("fallsBackSome", { fields: missing.map((f) => f.label).join(", ") })}
              </p>
            )}
            {fields.map((field) => {
              const name = translatedFieldName(locale, field.name);
              const id = `${idPrefix}-${locale}-${field.name}`;
              const error = errors[name];
              const common = {
                id,
                name,
                lang: locale,
                dir: directionOf(locale),
                defaultValue: valueOf(locale, field.name),
                maxLength: field.maxLength,
                required: locale === defaultLocale,
                className: inputClass,
                ...describedBy(id, { error }),
              };
              return (
                <Field key={field.name} id={id} label={t("fieldInLanguage", { field: field.label, language: ENDONYMS[locale] })} error={error}>
                  {field.multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
                </Field>
              );
            })}
          </fieldset>
        );
      })}
    </div>
  );
}
