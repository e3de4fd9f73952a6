import { describe, expect, it } from "vitest";
import { buildSectionCalendar } from "./section-calendar";

// The section's timetable as RFC 5545 text, read back line by line (unfolded), no database needed.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The VEVENTs of a document as maps of property (with its parameters) → value, after unfolding. */
function events(ics: string): Map<string, string>[] {
  const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
  const found: Map<string, string>[] = [];
  let current: Map<string, string> | null = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = new Map();
    else if (line === "END:VEVENT") {
      found.push(current!);
      current = null;
    } else if (current) {
      const colon = line.indexOf(":");
      current.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return found;
}

const section = {
  id: "s1",
  code: "RUS-A1-A-01",
  // A Wednesday to a Tuesday: the Monday meeting first falls on the 7th, the Wednesday one on the 2nd.
  termStart: day("2026-12-02"),
  termEnd: day("2027-02-23"),
  meetings: [
    { id: "m-mon", weekday: 1, startMinute: 18 * 60 + 30, endMinute: 20 * 60, cancellations: [{ date: day("2026-12-28") }, { date: day("2027-01-04") }] },
    { id: "m-wed", weekday: 3, startMinute: 9 * 60, endMinute: 10 * 60 + 30, cancellations: [] },
  ],
};

describe("section calendar", () => {
  const ics = buildSectionCalendar(section, { title: "Adult Russian A1, Evening", description: "Teacher: Anna", location: "Tolstoy room" }, new Date("2026-11-28T10:00:00Z"));
  const [monday, wednesday] = events(ics);

  it("writes one weekly VEVENT per meeting in Center time, until the end of the term", () => {
    expect(events(ics)).toHaveLength(2);
    expect(monday.get("UID")).toBe("m-mon@course-sections.friendship-center");
    expect(monday.get("DTSTART;TZID=Asia/Karachi")).toBe("20261207T183000");
    expect(monday.get("DTEND;TZID=Asia/Karachi")).toBe("20261207T200000");
    // The last moment of 23 February in Islamabad, in UTC.
    expect(monday.get("RRULE")).toBe("FREQ=WEEKLY;UNTIL=20270223T185959Z");
    expect(wednesday.get("DTSTART;TZID=Asia/Karachi")).toBe("20261202T090000");
    expect(wednesday.get("SUMMARY")).toBe("Adult Russian A1\\, Evening");
    expect(wednesday.get("LOCATION")).toBe("Tolstoy room");
  });

  it("excludes each cancelled meeting at its start time, and only on its own meeting", () => {
    expect(monday.get("EXDATE;TZID=Asia/Karachi")).toBe("20261228T183000,20270104T183000");
    expect(wednesday.has("EXDATE;TZID=Asia/Karachi")).toBe(false);
  });

  it("declares the Center's zone once, +05:00 without daylight saving", () => {
    expect(ics.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    expect(ics).toContain("TZID:Asia/Karachi\r\n");
    expect(ics).toContain("TZOFFSETFROM:+0500\r\nTZOFFSETTO:+0500");
    expect(ics).not.toContain("BEGIN:DAYLIGHT");
  });

  it("keeps its UIDs from one download to the next, and leaves out a meeting the term never reaches", () => {
    const again = buildSectionCalendar(section, { title: "x" });
    expect(events(again).map((e) => e.get("UID"))).toEqual(events(ics).map((e) => e.get("UID")));
    const oneDay = { ...section, termStart: day("2026-12-02"), termEnd: day("2026-12-02") };
    expect(events(buildSectionCalendar(oneDay, { title: "x" })).map((e) => e.get("UID"))).toEqual(["m-wed@course-sections.friendship-center"]);
  });
});
