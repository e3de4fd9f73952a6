import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";
import { loadMessages, type Catalog } from "@/lib/i18n/messages";
import { ACCOUNT_NOTIFICATIONS } from "./events";

const lookup = (catalog: Catalog, path: string) => path.split(".").reduce<Catalog | string | undefined>((node, key) => (typeof node === "object" ? node[key] : undefined), catalog);

describe("account notifications", () => {
  for (const locale of locales) {
    it(`every template has a text in ${locale}`, async () => {
      const catalog = await loadMessages(locale);
      const missing = Object.values(ACCOUNT_NOTIFICATIONS).filter((template) => typeof lookup(catalog, `notifications.${template}`) !== "string");
      expect(missing).toEqual([]);
    });
  }
});
