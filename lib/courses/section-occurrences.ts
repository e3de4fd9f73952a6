import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays, centerDateOf, centerDateTimeToUtc, isoWeekdayOf } from "@/lib/time/center-time";

/**
 * The dated occurrences of a section's weekly meetings: every Center-time date between term start
 * and term end (inclusive) that falls on a meeting's weekday, with the cancelled ones marked. The
 * attendance sheet, the "next meeting" of a teacher's list and the attendance rules read them here.
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

/** Every occurrence of the term in date and time order; `from`/`to` (YYYY-MM-DD, inclusive) narrow it. */
export function sectionOccurrences(section: OccurrenceSource, { from, to }: { from?: string; to?: string } = {}): Occurrence[] {
  const start = [dateOnly(section.termStart), from ?? ""].sort()[1];
  const end = [dateOnly(section.termEnd), to ?? "9999-12-31"].sort()[0];
  const byWeekday = new Map<number, OccurrenceSource["meetings"][number][]>();
  for (const meeting of section.meetings) byWeekday.set(meeting.weekday, [...(byWeekday.get(meeting.weekday) ?? []), meeting]);
  const out: Occurrence[] = [];
  for (let date = start; date <= end; date = addDays(date, 1)) {
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

/** A section's occurrences read from the database (null when there is no such section). */
export async function readSectionOccurrences(db: Db, sectionId: string, range: { from?: string; to?: string } = {}): Promise<Occurrence[] | null> {
  const section = await db.courseSection.findUnique({ where: { id: sectionId }, select: { termStart: true, termEnd: true, ...OCCURRENCE_INCLUDE } });
  return section ? sectionOccurrences(section, range) : null;
}
