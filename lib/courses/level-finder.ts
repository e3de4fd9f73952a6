import { z } from "zod";
import type { CefrLevel } from "@/lib/generated/prisma/enums";
import { CEFR_LEVELS } from "./rules";

/**
 * The level finder: "I can…" statements per CEFR level (their texts are messages,
 * `courses.levelFinder.statements.<level>.<id>`, in five languages), and the rule that turns the
 * ticked ones into a recommended level.
 */
export const LEVEL_FINDER_STATEMENTS = {
  A1: ["introduce", "numbers", "simpleQuestions"],
  A2: ["routine", "shopping", "shortTexts"],
  B1: ["travel", "experiences", "opinions"],
  B2: ["conversation", "articles", "argue"],
  C1: ["complexTexts", "fluency", "professional"],
  C2: ["everything", "summarise", "nuance"],
} as const satisfies Record<CefrLevel, readonly string[]>;

/** A statement as the form sends it: `A1.introduce`. */
export const STATEMENT_IDS = CEFR_LEVELS.flatMap((level) => LEVEL_FINDER_STATEMENTS[level].map((id) => `${level}.${id}`)) as [string, ...string[]];

/** A level counts as mastered when more than half of its statements are ticked ("most"). */
export const isMostlyTicked = (ticked: number, of: number) => ticked * 2 > of;

/**
 * The recommended level: the highest level whose statements are mostly ticked while every level
 * below it is mostly ticked too (one gap stops the climb, so stray ticks higher up do not count).
 * Someone who masters no level, A1 included, starts at A1.
 */
export function recommendLevel(ticked: Iterable<string>): CefrLevel {
  const chosen = new Set(ticked);
  let recommended: CefrLevel = "A1";
  for (const level of CEFR_LEVELS) {
    const statements = LEVEL_FINDER_STATEMENTS[level];
    if (!isMostlyTicked(statements.filter((id) => chosen.has(`${level}.${id}`)).length, statements.length)) break;
    recommended = level;
  }
  return recommended;
}

/** The finder's GET query: `can` once per ticked statement; `done` says the form was sent (nothing ticked is an answer too). */
export const LevelFinderQuerySchema = z.object({
  can: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(STATEMENT_IDS)).max(STATEMENT_IDS.length)),
  done: z.preprocess((v) => v !== undefined, z.boolean()),
});
