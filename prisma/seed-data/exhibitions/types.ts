// The shape of a seeded exhibition: English in the fields, the other four languages in `translations`.
import type { Era } from "../../../lib/generated/prisma/enums";
import type { Translations } from "../util";

export interface ExhibitSeed {
  invention: string;
  inventor: string;
  year: number;
  story: string;
  translations: Translations<"invention" | "inventor" | "story">;
}

export interface ExhibitionSeed {
  slug: string;
  era: Era;
  title: string;
  summary: string;
  description: string;
  translations: Translations<"title" | "summary" | "description">;
  ageMin: number;
  ageMax: number;
  durationMinutes: number;
  tourLanguages: string[];
  minGroupSize: number;
  maxGroupSize: number;
  /** Exhibits in gallery order (position = index + 1). */
  exhibits: ExhibitSeed[];
}
