import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";
import { loadMessages, type Catalog } from "@/lib/i18n/messages";
import { COURSE_CATALOGUE_AUDIT_ACTIONS, COURSE_CATALOGUE_NOTIFICATIONS } from "./catalogue-events";

const textAt = (catalog: Catalog, key: string) => key.split(".").reduce<Catalog | string | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), catalog);

describe("course catalogue events", () => {
  it.each(locales)("has a text for every notification template in %s", async (locale) => {
    const catalog = await loadMessages(locale);
    expect(COURSE_CATALOGUE_NOTIFICATIONS.filter((template) => typeof textAt(catalog, `notifications.${template}`) !== "string")).toEqual([]);
  });

  it("names each action and template once", () => {
    expect(new Set(COURSE_CATALOGUE_AUDIT_ACTIONS).size).toBe(COURSE_CATALOGUE_AUDIT_ACTIONS.length);
    expect(new Set(COURSE_CATALOGUE_NOTIFICATIONS).size).toBe(COURSE_CATALOGUE_NOTIFICATIONS.length);
  });
});
