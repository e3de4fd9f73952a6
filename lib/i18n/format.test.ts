import { describe, expect, it } from "vitest";
import { formatFor } from "./format";

const LATIN_DIGIT = /[0-9]/;
const PERSIAN_DIGIT = /[۰-۹]/;

describe("formatFor", () => {
  it("writes Farsi numbers, years and dates in Persian digits only", () => {
    const fa = formatFor("fa");
    const visit = new Date("2026-06-01T04:30:00Z");
    for (const text of [fa.number(1234), fa.year(1957), fa.dateTime(visit), fa.dateTimeRange(visit, new Date("2026-06-01T06:00:00Z")), fa.calendarDate("2026-06-01")]) {
      expect(text, text).toMatch(PERSIAN_DIGIT);
      expect(text, text).not.toMatch(LATIN_DIGIT);
    }
  });

  it("never groups the digits of a year", () => {
    expect(formatFor("en").year(1895)).toBe("1895");
    expect(formatFor("ru").year(1895)).toBe("1895");
  });

  it("shows times in Center time whatever the server's zone", () => {
    expect(formatFor("en").time(new Date("2026-06-01T04:30:00Z"))).toMatch(/^9:30\sAM$/);
    expect(formatFor("ru").time(new Date("2026-06-01T04:30:00Z"))).toBe("09:30");
  });

  it("reads a calendar date as that day everywhere", () => {
    expect(formatFor("en").calendarDate("2026-06-01")).toBe("Monday, June 1, 2026");
  });

  it("joins lists with each language's own separators", () => {
    expect(formatFor("en").list(["English", "Русский", "اردو"])).toBe("English, Русский, and اردو");
    expect(formatFor("ru").list(["a", "b", "c"])).toBe("a, b и c");
    expect(formatFor("ur").list(["a", "b", "c"])).toContain("،");
    expect(formatFor("zh").list(["a", "b", "c"])).toContain("、");
  });

  it("falls back to English for an unknown locale", () => {
    expect(formatFor("xx").locale).toBe("en");
    expect(formatFor("xx").number(1234)).toBe("1,234");
  });
});
