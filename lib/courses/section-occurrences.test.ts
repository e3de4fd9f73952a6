import { describe, expect, it } from "vitest";
import { attendanceDateRefusal, nextOccurrence, sectionOccurrences } from "./section-occurrences";

// Pure: the dated occurrences of weekly meetings between term start and end, in Center time.

const day = (date: string) => new Date(`${date}T00:00:00Z`);
// Monday 2 March 2026 to Sunday 15 March 2026; Monday 17:00–18:30 and Thursday 09:00–10:00.
const section = {
  termStart: day("2026-03-02"),
  termEnd: day("2026-03-15"),
  meetings: [
    { id: "thu", weekday: 4, startMinute: 9 * 60, endMinute: 10 * 60, cancellations: [] },
    { id: "mon", weekday: 1, startMinute: 17 * 60, endMinute: 18 * 60 + 30, cancellations: [{ date: day("2026-03-09") }] },
  ],
};

describe("section occurrences", () => {
  it("lists every meeting date of the term in order, the cancelled ones marked", () => {
    expect(sectionOccurrences(section).map((o) => `${o.date} ${o.meetingId}${o.cancelled ? " cancelled" : ""}`)).toEqual([
      "2026-03-02 mon",
      "2026-03-05 thu",
      "2026-03-09 mon cancelled",
      "2026-03-12 thu",
    ]);
  });

  it("narrows to a range inside the term, never beyond it", () => {
    expect(sectionOccurrences(section, { from: "2026-03-04", to: "2026-03-10" }).map((o) => o.date)).toEqual(["2026-03-05", "2026-03-09"]);
    expect(sectionOccurrences(section, { from: "2026-02-01", to: "2026-12-31" })).toHaveLength(4);
    expect(sectionOccurrences(section, { from: "2026-03-16" })).toEqual([]);
  });

  it("tells which dates take attendance: a meeting day, not cancelled, not in the future", () => {
    // 20:00 Center time on 12 March.
    const now = new Date("2026-03-12T15:00:00Z");
    expect(attendanceDateRefusal(section, "2026-03-05", now)).toBeNull();
    expect(attendanceDateRefusal(section, "2026-03-12", now)).toBeNull();
    expect(attendanceDateRefusal(section, "2026-03-06", now)).toBe("notAMeetingDate");
    expect(attendanceDateRefusal(section, "2026-03-09", now)).toBe("cancelled");
    expect(attendanceDateRefusal(section, "2026-03-19", now)).toBe("notAMeetingDate");
    expect(attendanceDateRefusal(section, "2026-03-12", new Date("2026-03-11T12:00:00Z"))).toBe("future");
  });

  it("finds the next meeting that takes place, skipping a cancelled one and one already over today", () => {
    expect(nextOccurrence(section, new Date("2026-03-06T12:00:00Z"))?.date).toBe("2026-03-12");
    // 09:30 Center time on the 5th: that meeting is still on.
    expect(nextOccurrence(section, new Date("2026-03-05T04:30:00Z"))?.date).toBe("2026-03-05");
    // 10:30 Center time on the 12th: the last meeting is over.
    expect(nextOccurrence(section, new Date("2026-03-12T05:30:00Z"))).toBeNull();
  });
});
