import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { locales } from "@/lib/i18n/locales";
import { MESSAGE_AREAS, mergeCatalogs, type Catalog } from "@/lib/i18n/messages";

const MESSAGES = path.join(process.cwd(), "messages");
const read = (area: string, locale: string): Catalog => JSON.parse(fs.readFileSync(path.join(MESSAGES, area, `${locale}.json`), "utf8"));
/** One locale's catalog as the app merges it, with every key two area files both define. */
function merged(locale: string) {
  const clashes: string[] = [];
  const catalog = MESSAGE_AREAS.reduce<Catalog>((all, area) => mergeCatalogs(all, read(area, locale), (key) => clashes.push(`${area}: ${key}`)), {});
  return { catalog, clashes };
}
const load = (locale: string): Catalog => merged(locale).catalog;

function leaves(catalog: Catalog, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else for (const [k, v] of leaves(value, full)) out.set(k, v);
  }
  return out;
}

/** Names of the arguments a message uses ({name}, {count, plural, …}). */
function argumentsOf(elements: MessageFormatElement[], names = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type !== TYPE.literal && el.type !== TYPE.pound && "value" in el && typeof el.value === "string") names.add(el.value);
    if ("options" in el) for (const option of Object.values(el.options)) argumentsOf(option.value, names);
  }
  return names;
}

const english = leaves(load("en"));
// Strings that are the same in every language (codes, abbreviations).
const LANGUAGE_NEUTRAL = /^(PKR|PKT|UTC[+\-−]\d{2}:\d{2}|[A-C][12]|\{[^}]+\}|[\d\s:–-]+)$/;

describe("message catalogs", () => {
  it("has one folder per area, each with a file per locale, and the loader lists them all", () => {
    const folders = fs.readdirSync(MESSAGES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.sort()).toEqual([...MESSAGE_AREAS].sort());
    for (const area of MESSAGE_AREAS) expect(fs.readdirSync(path.join(MESSAGES, area)).sort(), area).toEqual(locales.map((l) => `${l}.json`).sort());
    expect(fs.readdirSync(MESSAGES).filter((name) => name.endsWith(".json")), "catalogs outside an area folder").toEqual([]);
  });

  it("no two area files define the same key", () => {
    for (const locale of locales) expect(merged(locale).clashes, locale).toEqual([]);
  });

  it("English messages are valid ICU", () => {
    for (const [key, value] of english) expect(() => parse(value), key).not.toThrow();
  });

  for (const locale of locales.filter((l) => l !== "en")) {
    describe(locale, () => {
      const catalog = leaves(load(locale));

      it("has exactly the English keys", () => {
        expect([...english.keys()].filter((k) => !catalog.has(k)), "missing keys").toEqual([]);
        expect([...catalog.keys()].filter((k) => !english.has(k)), "extra keys").toEqual([]);
      });

      it("is translated, with the same placeholders", () => {
        const untranslated: string[] = [];
        for (const [key, en] of english) {
          const value = catalog.get(key);
          if (value === undefined) continue;
          expect(value.trim(), key).not.toBe("");
          if (value === en && !LANGUAGE_NEUTRAL.test(en)) untranslated.push(key);
          expect([...argumentsOf(parse(value))].sort(), key).toEqual([...argumentsOf(parse(en))].sort());
        }
        expect(untranslated, "values identical to English").toEqual([]);
      });
    });
  }
});
