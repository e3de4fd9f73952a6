import { addDays, centerDateOf, centerDateTimeToUtc, isoWeekdayOf, minutesToTime } from "@/lib/time/center-time";

/**
 * The dated occurrences of a section's weekly meetings (Center time): which dates are occurrences,
 * when each starts, and the next ones. Pure: the cancel service and the section editor both ask it.
 */

interface Term {
  termStart: Date;
  termEnd: Date;
}
interface WeeklyMeeting {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

/** A `@db.Date` column (00:00 UTC of the date) as "YYYY-MM-DD". */
export const dateText = (date: Date) => date.toISOString().slice(0, 10);

/** Whether `date` ("YYYY-MM-DD") is a day this weekly meeting takes place within the section's term. */
export function isOccurrence(section: Term, meeting: Pick<WeeklyMeeting, "weekday">, date: string): boolean {
  return isoWeekdayOf(date) === meeting.weekday && date >= dateText(section.termStart) && date <= dateText(section.termEnd);
}

/** The UTC instant an occurrence starts. */
export const occurrenceStart = (meeting: Pick<WeeklyMeeting, "startMinute">, date: string) => centerDateTimeToUtc(date, minutesToTime(meeting.startMinute));

export interface Occurrence<M> {
  meeting: M;
  date: string;
  startsAt: Date;
  /** The cancellation of this occurrence, when it does not take place. */
  cancellation: { reason: string | null } | null;
}

/**
 * The next `count` occurrences of the section's meetings that have not started by `now`, in time
 * order, cancelled ones included (marked).
 */
export function upcomingOccurrences<M extends WeeklyMeeting & { id: string; cancellations: { date: Date; reason: string | null }[] }>(
  section: Term & { meetings: M[] },
  now: Date,
  count: number,
): Occurrence<M>[] {
  if (section.meetings.length === 0) return [];
  const found: Occurrence<M>[] = [];
  const last = dateText(section.termEnd);
  const today = centerDateOf(now);
  const first = dateText(section.termStart) > today ? dateText(section.termStart) : today;
  const byTime = [...section.meetings].sort((a, b) => a.startMinute - b.startMinute);
  for (let date = first; date <= last && found.length < count; date = addDays(date, 1)) {
    for (const meeting of byTime) {
      if (meeting.weekday !== isoWeekdayOf(date)) continue;
      const startsAt = occurrenceStart(meeting, date);
      if (startsAt.getTime() <= now.getTime()) continue;
      const cancelled = meeting.cancellations.find((c) => dateText(c.date) === date);
      found.push({ meeting, date, startsAt, cancellation: cancelled ? { reason: cancelled.reason } : null });
      if (found.length === count) break;
    }
  }
  return found;
}

/** A weekly meeting with its cancelled dates, as the term's schedule reads it. */
export type TermMeeting = WeeklyMeeting & { id: string; cancellations?: readonly { date: Date }[] };

/** One dated meeting of a term, as a confirmation or an enrollment page lists it. */
export interface MeetingOccurrence {
  meetingId: string;
  /** The Center calendar date, YYYY-MM-DD. */
  date: string;
  weekday: number;
  startMinute: number;
  endMinute: number;
  cancelled: boolean;
}

/** A term holds at most about a year of weeks; the bound keeps a mistyped term from looping for ever. */
const MAX_TERM_DAYS = 2 * 366;

/** Every dated occurrence of the section's weekly meetings within its whole term, in order, cancelled ones marked. */
export function meetingOccurrences(
  section: Term & { meetings: readonly TermMeeting[] },
): MeetingOccurrence[] {
  const cancelled = new Set(section.meetings.flatMap((meeting) => (meeting.cancellations ?? []).map((c) => `${meeting.id}|${dateText(c.date)}`)));
  const byTime = [...section.meetings].sort((a, b) => a.startMinute - b.startMinute);
  const occurrences: MeetingOccurrence[] = [];
  const last = dateText(section.termEnd);
  for (let date = dateText(section.termStart), days = 0; date <= last && days < MAX_TERM_DAYS; date = addDays(date, 1), days++) {
    const weekday = isoWeekdayOf(date);
    for (const meeting of byTime) {
      if (meeting.weekday !== weekday) continue;
      occurrences.push({ meetingId: meeting.id, date, weekday, startMinute: meeting.startMinute, endMinute: meeting.endMinute, cancelled: cancelled.has(`${meeting.id}|${date}`) });
    }
  }
  return occurrences;
}
