// Shared helpers for the demo seed: Center-time date arithmetic and small types.
import type { Tx } from "../../lib/db/create-client";
import { atCenterTimeOn, centerDayStart } from "../../lib/time/center-time";

/** The client or a transaction: every seed step accepts either. */
export type SeedDb = Tx;

/** Content translations by locale, English being the fallback stored in the row itself. */
export type Locale = "ru" | "ur" | "zh" | "fa";
export type Translations<K extends string> = Record<Locale, Record<K, string>>;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * A calendar day in Center time, represented as a Date at 00:00 UTC of that calendar date
 * (the same shape Prisma uses for `@db.Date` columns).
 */
export type CenterDay = Date;

/** Today's calendar date in Asia/Karachi: the anchor that keeps re-runs on one day identical. */
export function centerToday(now: Date = new Date()): CenterDay {
  return centerDayStart(now);
}

export function addDays(day: CenterDay, days: number): CenterDay {
  return new Date(day.getTime() + days * DAY);
}

/** ISO weekday of a Center day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: CenterDay): number {
  return ((day.getUTCDay() + 6) % 7) + 1;
}

/** The first day on or after `day` that falls on ISO `weekday`. */
export function onOrAfterWeekday(day: CenterDay, weekday: number): CenterDay {
  return addDays(day, (weekday - isoWeekday(day) + 7) % 7);
}

/** The UTC instant of `hh:mm` Center time on `day` (e.g. 10:00 in Islamabad = 05:00Z). */
export function atCenterTime(day: CenterDay, hour: number, minute = 0): Date {
  return atCenterTimeOn(day, hour, minute);
}

export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * MINUTE);
}

/** "HH:MM" → minutes after midnight. */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return h * 60 + m;
}

