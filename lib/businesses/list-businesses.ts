import type { Db } from "@/lib/db/create-client";

/** Verified businesses without their private contact details. */
export function listVerifiedBusinesses(db: Db) {
  return db.business.findMany({
    where: { verifiedAt: { not: null } },
    orderBy: [{ country: "asc" }, { name: "asc" }],
    select: {
      id: true, slug: true, name: true, country: true, region: true, city: true, size: true,
      offers: true, seeks: true, languages: true, website: true,
      sectors: { select: { sector: { select: { slug: true, name: true, translations: true } } } },
    },
  });
}
