import "server-only";
import type { Db } from "@/lib/db/create-client";
import { buildCalendar, type CalendarEvent } from "@/lib/calendar/ics";
import { atCenterTimeOn } from "@/lib/time/center-time";
import { getPublicSection, type PublicSectionDetail } from "./get-public-section";

const DAY = 24 * 60 * 60 * 1000;

/** What the calendar needs of a section: its term (Center dates at 00:00 UTC) and weekly meetings with their cancelled dates. */
export interface SectionForCalendar {
  id: string;
  code: string;
  termStart: Date;
  termEnd: Date;
  meetings: { id: string; weekday: number; startMinute: number; endMinute: number; cancellations: { date: Date }[] }[];
}

export interface SectionCalendarLabels {
  title: string;
  description?: string;
  location?: string;
}

/** ISO weekday (1 = Monday) of a Center date held as 00:00 UTC. */
const isoWeekday = (day: Date) => day.getUTCDay() || 7;

/** The first date on or after `day` that falls on `weekday`. */
const firstOn = (day: Date, weekday: number) => new Date(day.getTime() + ((weekday - isoWeekday(day) + 7) % 7) * DAY);

/**
 * One VEVENT per weekly meeting: the first occurrence in the term, repeating weekly until the end of
 * the term's last day, less the cancelled dates (EXDATE at the meeting's start time). Times are the
 * Center's wall clock (TZID=Asia/Karachi); UIDs are the meetings' ids, so a re-import updates rather
 * than duplicates.
 */
export function sectionCalendarEvents(section: SectionForCalendar, labels: SectionCalendarLabels): CalendarEvent[] {
  // The end of the term's last Center day, as the UTC instant RRULE's UNTIL takes.
  const until = new Date(atCenterTimeOn(section.termEnd, 24).getTime() - 1000);
  return section.meetings.flatMap((meeting) => {
    const first = firstOn(section.termStart, meeting.weekday);
    if (first.getTime() > section.termEnd.getTime()) return [];
    return [
      {
        uid: `${meeting.id}@course-sections.friendship-center`,
        ...labels,
        startsAt: atCenterTimeOn(first, 0, meeting.startMinute),
        endsAt: atCenterTimeOn(first, 0, meeting.endMinute),
        status: "CONFIRMED" as const,
        weekly: { until, exceptions: meeting.cancellations.map(({ date }) => atCenterTimeOn(date, 0, meeting.startMinute)) },
      },
    ];
  });
}

/** The `.ics` document of a section's whole timetable. */
export function buildSectionCalendar(section: SectionForCalendar, labels: SectionCalendarLabels, now = new Date()): string {
  return buildCalendar(sectionCalendarEvents(section, labels), { name: labels.title, now });
}

/** The `.ics` of a public section (404 unless it is in the catalogue), labelled by the caller in the reader's language. */
export async function getSectionCalendar(db: Db, sectionId: string, labelsFor: (section: PublicSectionDetail) => SectionCalendarLabels, now = new Date()) {
  const section = await getPublicSection(db, sectionId, now);
  return { section, ics: buildSectionCalendar(section, labelsFor(section), now), filename: `${section.code}.ics` };
}
