import { CENTER_TIME_ZONE } from "@/lib/i18n/locales";
import { CENTER_TIME_ZONE_ABBREVIATION, centerCalendarStamp, centerUtcOffsetText } from "@/lib/time/center-time";

export interface CalendarEvent {
  uid: string;
  title: string;
  description?: string;
  location?: string;
  startsAt: Date;
  endsAt: Date;
  status?: "TENTATIVE" | "CONFIRMED" | "CANCELLED";
  url?: string;
  /** A weekly series from `startsAt` until `until` (UTC, as RFC 5545 wants with a TZID start), less the `exceptions` (occurrence starts). */
  weekly?: { until: Date; exceptions?: readonly Date[] };
}

const escapeText = (text: string) => text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

/** Lines longer than 75 octets are folded (RFC 5545 §3.1). */
function fold(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  for (const char of line) {
    if (Buffer.byteLength(current + char, "utf8") > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = "";
    }
    current += char;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const utcStamp = (date: Date) => date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/** An iCalendar document in the Center's time zone (one fixed offset, no daylight saving: lib/time/center-time.ts). */
export function buildCalendar(events: CalendarEvent[], { name, now = new Date() }: { name: string; now?: Date }): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Friendship Center Islamabad//Portal//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${CENTER_TIME_ZONE}`,
    "BEGIN:VTIMEZONE",
    `TZID:${CENTER_TIME_ZONE}`,
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    `TZOFFSETFROM:${centerUtcOffsetText()}`,
    `TZOFFSETTO:${centerUtcOffsetText()}`,
    `TZNAME:${CENTER_TIME_ZONE_ABBREVIATION}`,
    "END:STANDARD",
    "END:VTIMEZONE",
  ];
  for (const event of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}`,
      `DTSTAMP:${utcStamp(now)}`,
      `DTSTART;TZID=${CENTER_TIME_ZONE}:${centerCalendarStamp(event.startsAt)}`,
      `DTEND;TZID=${CENTER_TIME_ZONE}:${centerCalendarStamp(event.endsAt)}`,
      `SUMMARY:${escapeText(event.title)}`,
    );
    if (event.weekly) {
      lines.push(`RRULE:FREQ=WEEKLY;UNTIL=${utcStamp(event.weekly.until)}`);
      const exceptions = event.weekly.exceptions ?? [];
      if (exceptions.length) lines.push(`EXDATE;TZID=${CENTER_TIME_ZONE}:${exceptions.map(centerCalendarStamp).join(",")}`);
    }
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.status) lines.push(`STATUS:${event.status}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}
