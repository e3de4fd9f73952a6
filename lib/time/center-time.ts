/**
 * Asia/Karachi has been UTC+05:00 all year since 2009 (no daylight saving), so converting
 * between Center wall-clock time and UTC is a fixed offset. Times are stored in UTC.
 */
export const CENTER_UTC_OFFSET_MINUTES = 5 * 60;

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
  return new Date(Date.UTC(y, mo - 1, d, h, mi) - CENTER_UTC_OFFSET_MINUTES * 60_000);
}

/** The Center calendar date ("YYYY-MM-DD") of a UTC instant. */
export function centerDateOf(instant: Date): string {
  return new Date(instant.getTime() + CENTER_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a Center calendar date. */
export function isoWeekdayOf(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The UTC range covering one Center calendar day. */
export function centerDayRange(date: string): { start: Date; end: Date } {
  const start = centerDateTimeToUtc(date, "00:00");
  return { start, end: new Date(start.getTime() + 24 * 60 * 60_000) };
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
