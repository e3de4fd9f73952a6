import { addDays, isoWeekdayOf } from "@/lib/time/center-time";

/**
 * Every dated occurrence of a section's weekly meetings within its term, in Center time, with the
 * cancelled ones marked: what a confirmation and an enrollment page list. Pure, so pages and tests
 * share it. Term dates are `@db.Date` columns (00:00 UTC of the Center calendar day).
 */
export interface WeeklyMeeting {
  id: string;
  weekday: number;
  startMinute: number;
  endMinute: number;
  cancellations?: readonly { date: Date }[];
}

export interface MeetingOccurrence {
  meetingId: string;
  /** The Center calendar date, YYYY-MM-DD. */
  date: string;
  weekday: number;
  startMinute: number;
  endMinute: number;
  cancelled: boolean;
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** A term holds at most about a year of weeks; the bound keeps a mistyped term from looping for ever. */
const MAX_DAYS = 2 * 366;

export function meetingOccurrences(section: { termStart: Date; termEnd: Date; meetings: readonly WeeklyMeeting[] }): MeetingOccurrence[] {
  const first = dayOf(section.termStart);
  const last = dayOf(section.termEnd);
  const cancelled = new Set(section.meetings.flatMap((meeting) => (meeting.cancellations ?? []).map((c) => `${meeting.id}|${dayOf(c.date)}`)));
  const occurrences: MeetingOccurrence[] = [];
  for (let date = first, count = 0; date <= last && count < MAX_DAYS; date = addDays(date, 1), count++) {
    const weekday = isoWeekdayOf(date);
    for (const meeting of section.meetings) {
      if (meeting.weekday !== weekday) continue;
      occurrences.push({
        meetingId: meeting.id,
        date,
        weekday,
        startMinute: meeting.startMinute,
        endMinute: meeting.endMinute,
        cancelled: cancelled.has(`${meeting.id}|${date}`),
      });
    }
  }
  return occurrences.sort((a, b) => a.date.localeCompare(b.date) || a.startMinute - b.startMinute);
}
