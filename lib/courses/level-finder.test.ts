import { describe, expect, it } from "vitest";
import { CEFR_LEVELS } from "./rules";
import { LEVEL_FINDER_STATEMENTS, LevelFinderQuerySchema, STATEMENT_IDS, recommendLevel } from "./level-finder";

const all = (level: keyof typeof LEVEL_FINDER_STATEMENTS) => LEVEL_FINDER_STATEMENTS[level].map((id) => `${level}.${id}`);
const most = (level: keyof typeof LEVEL_FINDER_STATEMENTS) => all(level).slice(0, 2);

describe("level finder", () => {
  it("has three or four statements for every level", () => {
    for (const level of CEFR_LEVELS) expect(LEVEL_FINDER_STATEMENTS[level].length).toBeGreaterThanOrEqual(3);
    for (const level of CEFR_LEVELS) expect(LEVEL_FINDER_STATEMENTS[level].length).toBeLessThanOrEqual(4);
    expect(new Set(STATEMENT_IDS).size).toBe(STATEMENT_IDS.length);
  });

  it("starts a beginner at A1", () => {
    expect(recommendLevel([])).toBe("A1");
    expect(recommendLevel([all("A1")[0]])).toBe("A1");
  });

  it("recommends the highest level mostly ticked with every level below it mostly ticked", () => {
    expect(recommendLevel([...most("A1"), ...most("A2")])).toBe("A2");
    expect(recommendLevel([...all("A1"), ...all("A2"), ...most("B1"), all("B2")[0]])).toBe("B1");
    expect(recommendLevel(STATEMENT_IDS)).toBe("C2");
  });

  it("stops at the first gap: ticks above a level not mostly ticked do not count", () => {
    expect(recommendLevel([...most("A1"), all("A2")[0], ...all("B1"), ...all("B2")])).toBe("A1");
    expect(recommendLevel([...all("C1"), ...all("C2")])).toBe("A1");
  });

  it("reads the GET form: one value or many, unknown statements refused", () => {
    expect(LevelFinderQuerySchema.parse({})).toEqual({ can: [], done: false });
    expect(LevelFinderQuerySchema.parse({ can: "A1.introduce", done: "1" })).toEqual({ can: ["A1.introduce"], done: true });
    expect(LevelFinderQuerySchema.parse({ can: ["A1.introduce", "B1.travel"] }).can).toHaveLength(2);
    expect(LevelFinderQuerySchema.safeParse({ can: ["A1.flying"] }).success).toBe(false);
  });
});
