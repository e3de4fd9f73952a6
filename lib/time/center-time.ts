/**
 * The only module that knows the Center's clock. Asia/Karachi has been UTC+05:00 all year since 2009
 * (no daylight saving), so converting between Center wall-clock time and UTC is a fixed offset.
 * Times are stored in UTC. No imports: the seed (run by tsx, without the `@/` alias) uses it too.
 */
export const CENTER_UTC_OFFSET_MINUTES = 5 * 60;
/** The zone's abbreviation, for calendar files. */
export const CENTER_TIME_ZONE_ABBREVIATION = "PKT";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The wall clock of the Center at a UTC instant, as a Date whose UTC fields read that wall clock. */
const wallClock = (instant: Date) => new Date(instant.getTime() + CENTER_UTC_OFFSET_MINUTES * MINUTE);

/** The offset as calendars write it ("+0500"). */
export function centerUtcOffsetText(): string {
  const sign = CENTER_UTC_OFFSET_MINUTES < 0 ? "-" : "+";
  const minutes = Math.abs(CENTER_UTC_OFFSET_MINUTES);
  return `${sign}${String(Math.floor(minutes / 60)).padStart(2, "0")}${String(minutes % 60).padStart(2, "0")}`;
}

/** "HH:MM" for minutes after midnight. */
export function minutesToTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/** The UTC instant of a Center wall-clock date ("2026-12-01") and time ("09:30"). */
export function centerDateTimeToUtc(date: string, time: string): Date {
  const [y, mo, d] = date.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  return new Date(Date.UTC(y, mo - 1, d, h, mi) - CENTER_UTC_OFFSET_MINUTES * MINUTE);
}

/** The Center calendar date ("YYYY-MM-DD") of a UTC instant. */
export function centerDateOf(instant: Date): string {
  return wallClock(instant).toISOString().slice(0, 10);
}

/** "YYYY-MM-DD HH:MM" on the Center's wall clock: for exports read by people and spreadsheets. */
export function centerDateTimeText(instant: Date): string {
  return wallClock(instant).toISOString().slice(0, 16).replace("T", " ");
}

/** "YYYYMMDDTHHMMSS" on the Center's wall clock: the local form iCalendar's TZID times take. */
export function centerCalendarStamp(instant: Date): string {
  return wallClock(instant).toISOString().replace(/[-:]/g, "").slice(0, 15);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a Center calendar date. */
export function isoWeekdayOf(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The UTC range covering one Center calendar day. */
export function centerDayRange(date: string): { start: Date; end: Date } {
  const start = centerDateTimeToUtc(date, "00:00");
  return { start, end: new Date(start.getTime() + DAY) };
}

/**
 * Today's Center calendar date as a Date at 00:00 UTC of that date (the shape Prisma uses for
 * `@db.Date` columns, and the seed's day arithmetic).
 */
export function centerDayStart(now: Date = new Date()): Date {
  return new Date(`${centerDateOf(now)}T00:00:00Z`);
}

/** The UTC instant of `hour:minute` Center time on a day given as 00:00 UTC of its date. */
export function atCenterTimeOn(day: Date, hour: number, minute = 0): Date {
  return new Date(day.getTime() + (hour * 60 + minute - CENTER_UTC_OFFSET_MINUTES) * MINUTE);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
