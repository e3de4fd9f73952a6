import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PUBLIC_PAGES } from "@/lib/security/content-security-policy";
import { filteredViewOf } from "@/lib/http/catalogue-views";
import { pickMessages } from "@/lib/i18n/client-messages";

// ADR 0007: the locale layout prerenders nothing at build, so every page is either a cached public
// page (listed "static" for the Content-Security-Policy) or says it renders per request.

const LOCALE_ROOT = path.resolve(__dirname, "../../app/[locale]");
const FORCE_DYNAMIC = /export const dynamic = "force-dynamic"/;

function pages(dir = LOCALE_ROOT): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pages(full);
    return entry.name === "page.tsx" ? [full] : [];
  });
}

/** `/field-trips/:slug` for app/[locale]/field-trips/[slug]/page.tsx. */
function patternOf(file: string): string {
  const segments = path.relative(LOCALE_ROOT, path.dirname(file)).split(path.sep).filter(Boolean);
  return "/" + segments.map((s) => s.replace(/^\[\.\.\.(.+)\]$/, ":$1").replace(/^\[(.+)\]$/, ":$1")).join("/");
}

/** The page declares force-dynamic, or a layout between it and the locale layout does. */
function rendersPerRequest(file: string): boolean {
  if (FORCE_DYNAMIC.test(fs.readFileSync(file, "utf8"))) return true;
  for (let dir = path.dirname(file); dir !== LOCALE_ROOT; dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (fs.existsSync(layout) && FORCE_DYNAMIC.test(fs.readFileSync(layout, "utf8"))) return true;
  }
  return false;
}

describe("how pages render", () => {
  const files = pages();

  it("finds the pages", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const file of files) {
    const pattern = patternOf(file);
    const policy = (PUBLIC_PAGES as Record<string, string>)[pattern];
    it(`${pattern}: ${policy === "static" ? "cached, reads no query" : "per request"}`, () => {
      if (policy === "static") {
        expect(rendersPerRequest(file)).toBe(false);
        expect(fs.readFileSync(file, "utf8")).not.toMatch(/await searchParams/);
      } else {
        expect(rendersPerRequest(file), `${file} must export const dynamic = "force-dynamic"`).toBe(true);
      }
    });
  }
});

describe("filtered catalogue views", () => {
  it("rewrites a catalogue with a query, and nothing else", () => {
    const at = (url: string) => filteredViewOf(new URL(url, "http://x"))?.pathname + (filteredViewOf(new URL(url, "http://x"))?.search ?? "");
    expect(at("/en/field-trips?era=SOVIET")).toBe("/en/filtered/field-trips?era=SOVIET");
    expect(at("/ur/courses?page=2")).toBe("/ur/filtered/courses?page=2");
    expect(filteredViewOf(new URL("http://x/en/field-trips"))).toBeNull();
    expect(filteredViewOf(new URL("http://x/en/field-trips/electric-empire?slot=1"))).toBeNull();
    expect(filteredViewOf(new URL("http://x/xx/courses?page=2"))).toBeNull();
    expect(filteredViewOf(new URL("http://x/en/my/field-trips?page=2"))).toBeNull();
  });
});

describe("client messages", () => {
  it("keeps only the listed namespaces, nested paths included", () => {
    const catalog = { nav: { a: "A" }, home: { b: "B" }, fieldTrips: { api: { c: "C" }, era: { d: "D" } } };
    expect(pickMessages(catalog, ["nav", "fieldTrips.era", "missing.path"])).toEqual({ nav: { a: "A" }, fieldTrips: { era: { d: "D" } } });
  });
});
