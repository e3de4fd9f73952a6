import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AREAS } from "./areas";
import { backOfficeSectionsFor, dashboardFiguresFor } from "./back-office/sections";
import { loadMessages, type Catalog } from "./i18n/messages";
import type { Actor } from "./auth/actor";

/** The registry is what the header, home page and back office render: every link must lead to a page, every label exist. */
const admin: Actor = { id: "x", email: "a@example.org", name: "Admin", locale: "en", roles: ["ADMIN"], pendingRoles: [], memberships: [] };

const pageExists = (href: string) => fs.existsSync(path.join(process.cwd(), "app", "[locale]", new URL(href, "http://x").pathname, "page.tsx"));
const has = (catalog: Catalog, key: string) => typeof key.split(".").reduce<Catalog | string | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), catalog) === "string";

describe("the area registry", () => {
  it("names each area once", () => {
    expect(new Set(AREAS.map((area) => area.key)).size).toBe(AREAS.length);
  });

  it("links only to pages that exist", () => {
    const hrefs = [
      ...AREAS.flatMap((area) => [area.href, ...area.personal.map((link) => link.href)]),
      ...backOfficeSectionsFor(admin).map((section) => section.href),
      ...dashboardFiguresFor(admin).flatMap((figure) => figure.href ?? []),
    ];
    expect(hrefs.filter((href) => !pageExists(href))).toEqual([]);
  });

  it("labels everything from the catalog", async () => {
    const catalog = await loadMessages("en");
    const keys = [
      ...AREAS.flatMap((area) => [area.navKey, area.home.titleKey, area.home.textKey, ...area.personal.map((l) => l.labelKey), ...area.openApiTags.map((tag) => tag.descriptionKey)]),
      ...backOfficeSectionsFor(admin).map((section) => section.labelKey),
      ...dashboardFiguresFor(admin).map((figure) => figure.labelKey),
    ];
    expect(keys.filter((key) => !has(catalog, key))).toEqual([]);
  });

  it("shows a back-office link only to those who may open it", () => {
    const outsider: Actor = { ...admin, roles: ["MEMBER"] };
    expect(backOfficeSectionsFor(outsider)).toEqual([]);
    expect(dashboardFiguresFor(outsider)).toEqual([]);
    expect(backOfficeSectionsFor({ ...admin, roles: ["STAFF"] }).map((section) => section.href)).toContain("/admin/field-trips");
  });
});
