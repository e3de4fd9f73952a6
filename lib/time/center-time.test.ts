import { describe, expect, it } from "vitest";
import { buildCalendar } from "@/lib/calendar/ics";
import { centerCalendarStamp, centerDateOf, centerDateTimeText, centerDateTimeToUtc, centerDayStart, centerUtcOffsetText, atCenterTimeOn } from "./center-time";

describe("center time", () => {
  it("reads and writes the Center's wall clock (UTC+05:00 all year)", () => {
    const instant = new Date("2026-12-01T19:30:00Z");
    expect(centerDateOf(instant)).toBe("2026-12-02");
    expect(centerDateTimeText(instant)).toBe("2026-12-02 00:30");
    expect(centerCalendarStamp(instant)).toBe("20261202T003000");
    expect(centerDateTimeToUtc("2026-12-02", "00:30")).toEqual(instant);
    expect(centerDayStart(instant)).toEqual(new Date("2026-12-02T00:00:00Z"));
    expect(atCenterTimeOn(new Date("2026-12-02T00:00:00Z"), 10)).toEqual(new Date("2026-12-02T05:00:00Z"));
    expect(centerUtcOffsetText()).toBe("+0500");
  });

  it("gives calendar files the same zone", () => {
    const ics = buildCalendar([{ uid: "x", title: "Visit", startsAt: new Date("2026-12-01T04:30:00Z"), endsAt: new Date("2026-12-01T06:00:00Z") }], { name: "Visits" });
    expect(ics).toContain("TZOFFSETTO:+0500");
    expect(ics).toContain("DTSTART;TZID=Asia/Karachi:20261201T093000");
  });
});
