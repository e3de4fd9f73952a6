import type { Format } from "@/lib/i18n/format";
import { addDays, centerDateTimeToUtc, minutesToTime } from "@/lib/time/center-time";

/** Dates and times of the teaching pages, in the reader's language and Center time. */

/** One dated occurrence: "Monday 2 March 2026, 17:00–18:30". */
export function occurrenceText(format: Format, occurrence: { date: string; startMinute: number; endMinute: number }): string {
  return format.dateTimeRange(centerDateTimeToUtc(occurrence.date, minutesToTime(occurrence.startMinute)), centerDateTimeToUtc(occurrence.date, minutesToTime(occurrence.endMinute)));
}

// A Monday: any week will do to format a weekly meeting's clock times.
const A_MONDAY = "2026-01-05";

/** A weekly meeting's times: "17:00–18:30" in the locale's digits (the weekday is said apart). */
export function meetingTimes(format: Format, meeting: { weekday: number; startMinute: number; endMinute: number }): string {
  const day = addDays(A_MONDAY, meeting.weekday - 1);
  const start = centerDateTimeToUtc(day, minutesToTime(meeting.startMinute));
  const end = centerDateTimeToUtc(day, minutesToTime(meeting.endMinute));
  return `${format.time(start)}–${format.time(end)}`;
}

/** An attendance rate as a percentage in the locale's digits, or null while nothing is marked. */
export const ratePercent = (format: Format, rate: number | null) => (rate === null ? null : format.number(rate, { style: "percent", maximumFractionDigits: 0 }));
