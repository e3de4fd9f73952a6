import { useLocale, useTranslations } from "next-intl";
import { formatFor } from "@/lib/i18n/format";
import { meetingOccurrences, type TermMeeting } from "@/lib/courses/section-occurrences";

const MINUTE = 60_000;

/** A meeting's clock times, read as stored (minutes after midnight, Center time), e.g. "17:00–18:30". */
export function meetingTimes(locale: string, meeting: { startMinute: number; endMinute: number }): string {
  const asStored = formatFor(locale, "UTC");
  return asStored.dateTimeRange(new Date(meeting.startMinute * MINUTE), new Date(meeting.endMinute * MINUTE), { time: "short" });
}

/** The weekly pattern in one line: "Mon 17:00–18:30 and Wed 17:00–18:30". */
export function WeeklyMeetings({ meetings }: { meetings: readonly Omit<TermMeeting, "id" | "cancellations">[] }) {
  const t = useTranslations("weekdays");
  const locale = useLocale();
  const sorted = [...meetings].sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute);
  return formatFor(locale).list(sorted.map((meeting) => `${t(String(meeting.weekday))} ${meetingTimes(locale, meeting)}`));
}

/** Every dated meeting of the term, cancelled ones struck through and labelled. */
export function MeetingSchedule({ section }: { section: { termStart: Date; termEnd: Date; meetings: readonly TermMeeting[] } }) {
  const t = useTranslations("courseLearner.enrollment");
  const locale = useLocale();
  const format = formatFor(locale);
  const occurrences = meetingOccurrences(section);
  return (
    <ol className="grid gap-1 text-sm sm:grid-cols-2" data-testid="meeting-schedule">
      {occurrences.map((occurrence) => (
        <li key={`${occurrence.meetingId}-${occurrence.date}`} className={occurrence.cancelled ? "text-slate-600" : "text-slate-800"} data-cancelled={occurrence.cancelled || undefined}>
          <time dateTime={occurrence.date} className={occurrence.cancelled ? "line-through" : undefined}>
            {format.calendarDate(occurrence.date, "full")}, {meetingTimes(locale, occurrence)}
          </time>
          {occurrence.cancelled && <span className="ms-2 font-semibold">{t("cancelled")}</span>}
        </li>
      ))}
    </ol>
  );
}
