import { beforeAll, describe, expect, it } from "vitest";
import { createActor, db } from "@/tests/support/factories";
import { BUSINESSES, seedBusinesses } from "@/prisma/seed-data/businesses";
import { seedSectors } from "@/prisma/seed-data/sectors";
import { BusinessListQuerySchema, listVerifiedBusinesses } from "./list-businesses";

const query = (input: Record<string, string> = {}) => BusinessListQuerySchema.parse(input);
const verified = BUSINESSES.filter((b) => b.verified);

beforeAll(async () => {
  const owner = await createActor(["MEMBER"]);
  const sectors = await seedSectors(db);
  // Twice: the seed is idempotent and rewrites translations in place.
  await seedBusinesses(db, sectors, owner.id, new Date());
  await seedBusinesses(db, sectors, owner.id, new Date());
});

describe("business registry", () => {
  it("stores what every business offers and seeks in the four other languages", async () => {
    const stored = await db.business.findMany({ select: { slug: true, translations: true } });
    expect(stored).toHaveLength(BUSINESSES.length);
    for (const business of stored) expect(business.translations).toEqual(BUSINESSES.find((b) => b.slug === business.slug)?.translations);
  });

  it("pages through every verified business once, in name order for the reader's language", async () => {
    const pages = [];
    for (let page = 1; page <= 4; page++) pages.push(await listVerifiedBusinesses(db, "ur", query({ page: String(page), size: "10" })));
    expect(pages.map((p) => p.total)).toEqual(pages.map(() => verified.length));
    expect(pages[0].pageCount).toBe(Math.ceil(verified.length / 10));
    const names = pages.flatMap((p) => p.rows.map((r) => r.name));
    expect(names).toEqual(verified.map((b) => b.name).sort(new Intl.Collator("ur", { numeric: true, sensitivity: "base" }).compare));
    expect(pages[0].rows[0]).not.toHaveProperty("contactEmail");
  });

  it("orders by the country's name in the reader's language on request", async () => {
    const page = await listVerifiedBusinesses(db, "fa", query({ sort: "country", size: "100" }));
    const countries = new Intl.DisplayNames(["fa"], { type: "region" });
    const shown = page.rows.map((r) => countries.of(r.country) ?? r.country);
    expect(shown).toEqual([...shown].sort(new Intl.Collator("fa").compare));
    expect(new Set(page.rows.map((r) => r.id)).size).toBe(verified.length);
  });
});
