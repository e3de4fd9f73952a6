import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import type { Prisma } from "@/lib/generated/prisma/client";
import { translationCompleteness } from "@/lib/i18n/content";
import { findPage } from "@/lib/paging";
import { parseInput } from "@/lib/validation";
import { EXHIBITION_TEXT_FIELDS, EXHIBIT_TEXT_FIELDS } from "./content";
import { FIELD_TRIP_PERMISSIONS } from "./policy";
import { StaffExhibitionsQuerySchema, type ExhibitionSort } from "./schemas";

const ORDER: Record<ExhibitionSort, (dir: Prisma.SortOrder) => Prisma.ExhibitionOrderByWithRelationInput[]> = {
  title: (dir) => [{ title: dir }],
  era: (dir) => [{ era: dir }, { title: "asc" }],
  updatedAt: (dir) => [{ updatedAt: dir }],
  published: (dir) => [{ published: dir }, { title: "asc" }],
};

/**
 * Staff list every exhibition, published or not, a page at a time, each with the share of its texts
 * (its own and its exhibits') translated into the other four languages.
 */
export async function listStaffExhibitions(db: Db, actor: Actor | null, input: unknown = {}) {
  requirePermission(actor, FIELD_TRIP_PERMISSIONS.manageCatalogue);
  const query = parseInput(StaffExhibitionsQuerySchema, input);
  const page = await findPage(
    query,
    (window) =>
      db.exhibition.findMany({
        include: { exhibits: { select: { translations: true } }, _count: { select: { slots: true } } },
        orderBy: [...ORDER[query.sort](query.dir), { id: "asc" }],
        ...window,
      }),
    () => db.exhibition.count(),
  );
  return {
    ...page,
    rows: page.rows.map(({ exhibits, ...exhibition }) => ({
      ...exhibition,
      exhibitCount: exhibits.length,
      completeness: contentCompleteness(exhibition, exhibits),
    })),
  };
}

/** The share of an exhibition's and its exhibits' texts present in every other language, 0–1. */
export function contentCompleteness(exhibition: { translations: unknown }, exhibits: { translations: unknown }[]): number {
  const parts = [
    { share: translationCompleteness(exhibition, EXHIBITION_TEXT_FIELDS), weight: EXHIBITION_TEXT_FIELDS.length },
    ...exhibits.map((exhibit) => ({ share: translationCompleteness(exhibit, EXHIBIT_TEXT_FIELDS), weight: EXHIBIT_TEXT_FIELDS.length })),
  ];
  const weight = parts.reduce((sum, part) => sum + part.weight, 0);
  return parts.reduce((sum, part) => sum + part.share * part.weight, 0) / weight;
}
