import { formatFor } from "@/lib/i18n/format";

const MINUTE = 60_000;

type Translate = (key: string) => string;

/**
 * How a section's timetable reads: weekly meetings are Center wall-clock minutes and terms Center
 * calendar dates, both stored as UTC readings, so they are formatted in UTC to show exactly as stored.
 */
export function scheduleText(locale: string, t: Translate) {
  const asStored = formatFor(locale, "UTC");
  const time = (start: number, end: number) => asStored.dateTimeRange(new Date(start * MINUTE), new Date(end * MINUTE), { time: "short" });
  return {
    meeting: (m: { weekday: number; startMinute: number; endMinute: number }) => `${t(`weekdays.${m.weekday}`)} ${time(m.startMinute, m.endMinute)}`,
    meetings: (ms: readonly { weekday: number; startMinute: number; endMinute: number }[]) => asStored.list(ms.map((m) => `${t(`weekdays.${m.weekday}`)} ${time(m.startMinute, m.endMinute)}`)),
    term: (section: { termStart: Date; termEnd: Date }) => asStored.dateTimeRange(section.termStart, section.termEnd, { date: "medium" }),
  };
}
