// Science & technology exhibitions that schools visit on field trips, two per era.
import type { SeedDb } from "../util";
import { IMPERIAL_EXHIBITIONS } from "./imperial";
import { SOVIET_EXHIBITIONS } from "./soviet";
import { MODERN_EXHIBITIONS } from "./modern";

export type { ExhibitSeed, ExhibitionSeed } from "./types";

export const EXHIBITIONS = [...IMPERIAL_EXHIBITIONS, ...SOVIET_EXHIBITIONS, ...MODERN_EXHIBITIONS];

export interface SeededExhibition {
  id: string;
  durationMinutes: number;
}

/** Upserts exhibitions by slug and their exhibits by (exhibition, position); returns slug → id/duration. */
export async function seedExhibitions(db: SeedDb): Promise<Map<string, SeededExhibition>> {
  const result = new Map<string, SeededExhibition>();
  for (const { exhibits, ...exhibition } of EXHIBITIONS) {
    const { id } = await db.exhibition.upsert({
      where: { slug: exhibition.slug },
      create: exhibition,
      update: exhibition,
      select: { id: true },
    });
    for (const [index, exhibit] of exhibits.entries()) {
      const position = index + 1;
      await db.exhibit.upsert({
        where: { exhibitionId_position: { exhibitionId: id, position } },
        create: { ...exhibit, exhibitionId: id, position },
        update: exhibit,
      });
    }
    result.set(exhibition.slug, { id, durationMinutes: exhibition.durationMinutes });
  }
  return result;
}
