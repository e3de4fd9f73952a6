import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";
import { loadMessages, type Catalog } from "@/lib/i18n/messages";
import { FIELD_TRIP_AUDIT_ACTIONS, FIELD_TRIP_NOTIFICATIONS } from "./events";
import { TRANSITIONS } from "./rules";

const textAt = (catalog: Catalog, key: string) => key.split(".").reduce<Catalog | string | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), catalog);

describe("field-trip events", () => {
  it.each(locales)("has a text for every notification template in %s", async (locale) => {
    const catalog = await loadMessages(locale);
    const missing = FIELD_TRIP_NOTIFICATIONS.filter((template) => typeof textAt(catalog, `notifications.${template}`) !== "string");
    expect(missing).toEqual([]);
  });

  it("names an audit action and a notice for every transition, each once", () => {
    for (const name of Object.keys(TRANSITIONS)) {
      expect(FIELD_TRIP_AUDIT_ACTIONS).toContain(`fieldTrip.${name}`);
      expect(FIELD_TRIP_NOTIFICATIONS).toContain(`fieldTrip.${name}`);
    }
    expect(new Set(FIELD_TRIP_AUDIT_ACTIONS).size).toBe(FIELD_TRIP_AUDIT_ACTIONS.length);
    expect(new Set(FIELD_TRIP_NOTIFICATIONS).size).toBe(FIELD_TRIP_NOTIFICATIONS.length);
  });
});
