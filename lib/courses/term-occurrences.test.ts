import { describe, expect, it } from "vitest";
import { meetingOccurrences } from "./section-occurrences";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("meeting occurrences", () => {
  // 2026-12-01 is a Tuesday.
  const section = {
    termStart: day("2026-12-01"),
    termEnd: day("2026-12-14"),
    meetings: [
      { id: "thu", weekday: 4, startMinute: 16 * 60, endMinute: 17 * 60 },
      { id: "tue", weekday: 2, startMinute: 18 * 60, endMinute: 19 * 60, cancellations: [{ date: day("2026-12-08") }] },
      { id: "tue-early", weekday: 2, startMinute: 9 * 60, endMinute: 10 * 60 },
    ],
  };

  it("lists every dated meeting of the term in order, the term's first and last days included", () => {
    const dates = meetingOccurrences(section).map((o) => `${o.date} ${o.meetingId}`);
    expect(dates).toEqual(["2026-12-01 tue-early", "2026-12-01 tue", "2026-12-03 thu", "2026-12-08 tue-early", "2026-12-08 tue", "2026-12-10 thu"]);
  });

  it("marks only the cancelled occurrence of the cancelled meeting", () => {
    const cancelled = meetingOccurrences(section).filter((o) => o.cancelled);
    expect(cancelled).toEqual([{ meetingId: "tue", date: "2026-12-08", weekday: 2, startMinute: 18 * 60, endMinute: 19 * 60, cancelled: true }]);
  });

  it("is empty for a term that ends before it starts", () => {
    expect(meetingOccurrences({ ...section, termEnd: day("2026-11-30") })).toEqual([]);
  });
});
