import type { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import type { Locale } from "@/lib/i18n/locales";
import { findOrderedPage, textOrder } from "@/lib/i18n/localized-order";
import { pageQuerySchema } from "@/lib/paging";

export const BUSINESS_SORTS = ["name", "country"] as const;
export const BusinessListQuerySchema = pageQuerySchema(BUSINESS_SORTS, { sort: "name", dir: "asc", size: 10 });
export type BusinessListQuery = z.output<typeof BusinessListQuerySchema>;

/**
 * Verified businesses without their private contact details, one page ordered by name (as registered,
 * collated for the reader's language) or by the country's name in the reader's language (then name).
 */
export async function listVerifiedBusinesses(db: Db, locale: Locale, query: BusinessListQuery) {
  const where = { verifiedAt: { not: null } };
  const countries = new Intl.DisplayNames([locale], { type: "region" });
  const keys = (await db.business.findMany({ where, select: { id: true, name: true, country: true } })).map((business) => ({
    id: business.id,
    name: business.name,
    country: countries.of(business.country) ?? business.country,
  }));
  const byName = textOrder(locale, query.sort === "name" ? query.dir : "asc");
  const byCountry = textOrder(locale, query.dir);
  return findOrderedPage(
    query,
    keys,
    (a, b) => (query.sort === "country" ? byCountry(a.country, b.country) : 0) || byName(a.name, b.name),
    (ids) =>
      db.business.findMany({
        where: { ...where, id: { in: ids } },
        select: {
          id: true, slug: true, name: true, country: true, region: true, city: true, size: true,
          offers: true, seeks: true, translations: true, languages: true, website: true,
          sectors: { select: { sector: { select: { slug: true, name: true, translations: true } } } },
        },
      }),
  );
}
