import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays, centerDateOf, centerDateTimeToUtc, isoWeekdayOf, minutesToTime } from "@/lib/time/center-time";

/**
 * The dated occurrences of a section's weekly meetings: every Center-time date between term start
 * and term end (inclusive) that falls on a meeting's weekday, with the cancelled ones marked. One
 * module for every reader: the attendance sheet and rules, a teacher's "next meeting", the staff
 * editor's upcoming occurrences and the cancel service, a learner's dated schedule. Pure.
 */

export interface OccurrenceSource {
  termStart: Date;
  termEnd: Date;
  meetings: readonly { id: string; weekday: number; startMinute: number; endMinute: number; cancellations?: readonly { date: Date }[] }[];
}

export interface Occurrence {
  /** Center calendar date, YYYY-MM-DD. */
  date: string;
  meetingId: string;
  startMinute: number;
  endMinute: number;
  cancelled: boolean;
}

/** A `@db.Date` column (midnight UTC of its date) as YYYY-MM-DD. */
export const dateOnly = (value: Date) => value.toISOString().slice(0, 10);

/** A term holds at most about a year of weeks; the bound keeps a mistyped term from looping for ever. */
const MAX_TERM_DAYS = 2 * 366;

/** Every occurrence of the term in date and time order; `from`/`to` (YYYY-MM-DD, inclusive) narrow it. */
export function sectionOccurrences(section: OccurrenceSource, { from, to }: { from?: string; to?: string } = {}): Occurrence[] {
  const start = [dateOnly(section.termStart), from ?? ""].sort()[1];
  const end = [dateOnly(section.termEnd), to ?? "9999-12-31"].sort()[0];
  const byWeekday = new Map<number, OccurrenceSource["meetings"][number][]>();
  for (const meeting of section.meetings) byWeekday.set(meeting.weekday, [...(byWeekday.get(meeting.weekday) ?? []), meeting]);
  const out: Occurrence[] = [];
  for (let date = start, days = 0; date <= end && days < MAX_TERM_DAYS; date = addDays(date, 1), days++) {
    const meetings = [...(byWeekday.get(isoWeekdayOf(date)) ?? [])].sort((a, b) => a.startMinute - b.startMinute);
    for (const meeting of meetings) {
      const cancelled = (meeting.cancellations ?? []).some((c) => dateOnly(c.date) === date);
      out.push({ date, meetingId: meeting.id, startMinute: meeting.startMinute, endMinute: meeting.endMinute, cancelled });
    }
  }
  return out;
}

/** The occurrences on one date (a section may meet twice a day); empty when it does not meet then. */
export const occurrencesOn = (section: OccurrenceSource, date: string) => sectionOccurrences(section, { from: date, to: date });

/** Whether attendance can be taken on `date`: the section meets then, not every meeting that day is cancelled, and the day has come. */
export function attendanceDateRefusal(section: OccurrenceSource, date: string, now: Date): "notAMeetingDate" | "cancelled" | "future" | null {
  const on = occurrencesOn(section, date);
  if (on.length === 0) return "notAMeetingDate";
  if (on.every((o) => o.cancelled)) return "cancelled";
  if (date > centerDateOf(now)) return "future";
  return null;
}

/** The next occurrence that takes place, from the Center date of `now` on (null when the term is over). */
export function nextOccurrence(section: OccurrenceSource, now: Date): Occurrence | null {
  const today = centerDateOf(now);
  const minuteNow = Math.floor((now.getTime() - centerDateTimeToUtc(today, "00:00").getTime()) / 60_000);
  return sectionOccurrences(section, { from: today }).find((o) => !o.cancelled && (o.date > today || o.endMinute > minuteNow)) ?? null;
}

/** The meetings with their cancellations, as `sectionOccurrences` reads them. */
export const OCCURRENCE_INCLUDE = {
  meetings: { orderBy: [{ weekday: "asc" }, { startMinute: "asc" }], include: { cancellations: { select: { date: true } } } },
} satisfies Prisma.CourseSectionInclude;

interface Term {
  termStart: Date;
  termEnd: Date;
}
interface WeeklyMeeting {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

/** Whether `date` ("YYYY-MM-DD") is a day this weekly meeting takes place within the section's term. */
export function isOccurrence(section: Term, meeting: Pick<WeeklyMeeting, "weekday">, date: string): boolean {
  return isoWeekdayOf(date) === meeting.weekday && date >= dateOnly(section.termStart) && date <= dateOnly(section.termEnd);
}

/** The UTC instant an occurrence starts. */
export const occurrenceStart = (meeting: Pick<WeeklyMeeting, "startMinute">, date: string) => centerDateTimeToUtc(date, minutesToTime(meeting.startMinute));

export interface UpcomingOccurrence<M> {
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
): UpcomingOccurrence<M>[] {
  if (section.meetings.length === 0) return [];
  const found: UpcomingOccurrence<M>[] = [];
  const last = dateOnly(section.termEnd);
  const today = centerDateOf(now);
  const first = dateOnly(section.termStart) > today ? dateOnly(section.termStart) : today;
  const byTime = [...section.meetings].sort((a, b) => a.startMinute - b.startMinute);
  for (let date = first; date <= last && found.length < count; date = addDays(date, 1)) {
    for (const meeting of byTime) {
      if (meeting.weekday !== isoWeekdayOf(date)) continue;
      const startsAt = occurrenceStart(meeting, date);
      if (startsAt.getTime() <= now.getTime()) continue;
      const cancelled = meeting.cancellations.find((c) => dateOnly(c.date) === date);
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

/** Every dated occurrence of the section's weekly meetings within its whole term, in order, cancelled ones marked. */
export function meetingOccurrences(section: Term & { meetings: readonly TermMeeting[] }): MeetingOccurrence[] {
  return sectionOccurrences(section).map((occurrence) => ({ ...occurrence, weekday: isoWeekdayOf(occurrence.date) }));
}
