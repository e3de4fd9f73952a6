import { formDataToObject } from "@/lib/validation";

/**
 * A content form's values as the services take them: `translations.<locale>.<field>` entries (the
 * per-language fields of `TranslatedTextFields`) become `{ translations: { <locale>: { <field>: … } } }`;
 * the rest stays flat. `values` is the form as sent, for redisplay after a refusal.
 */
export function contentInput(form: FormData) {
  const values = formDataToObject(form);
  const flat: Record<string, unknown> = {};
  const translations: Record<string, Record<string, string>> = {};
  for (const [key, value] of Object.entries(values)) {
    const match = /^translations\.([a-z]{2})\.(\w+)$/.exec(key);
    if (match) (translations[match[1]] ??= {})[match[2]] = value;
    else flat[key] = value;
  }
  return { values, input: { ...flat, translations } };
}
