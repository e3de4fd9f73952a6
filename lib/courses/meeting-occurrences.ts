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
