import { CENTER_TIME_ZONE, defaultLocale, isLocale, type Locale } from "./locales";

/**
 * Numbers, dates, times, ranges and lists in the page's language, through `Intl`. Pure (no server or
 * React imports), so server pages and client components format alike. Every date shows in Center
 * time. Pass what it returns into messages as text, or pass numbers to `{n, number}` / plural
 * arguments: a bare `{n}` prints Latin digits, which in Farsi would sit beside Persian ones.
 */

export type DateStyle = "full" | "long" | "medium" | "short";

export interface DateTimeStyle {
  date?: DateStyle;
  time?: DateStyle;
}

export interface Format {
  locale: Locale;
  /** A number in the locale's digits and grouping. */
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** A calendar year: the locale's digits, never grouped ("1895", not "1,895"). */
  year(value: number): string;
  date(value: Date, style?: DateStyle): string;
  time(value: Date, style?: DateStyle): string;
  dateTime(value: Date, style?: DateTimeStyle): string;
  /** A span such as a visit: "Monday 1 June 2026, 09:30–11:00", the shared parts said once. */
  dateTimeRange(start: Date, end: Date, style?: DateTimeStyle): string;
  /** A Center calendar day given as YYYY-MM-DD (filters, day sheets), whatever the clock's zone. */
  calendarDate(isoDate: string, style?: DateStyle): string;
  /** "a, b and c" with the locale's own separators and conjunction. */
  list(items: readonly string[], type?: Intl.ListFormatType): string;
}

// Building an Intl formatter is costly next to using one, and a page formats many values.
const formatters = new Map<string, unknown>();
function memo<T>(key: string, make: () => T): T {
  let found = formatters.get(key) as T | undefined;
  if (!found) {
    found = make();
    formatters.set(key, found);
  }
  return found;
}

const dateTimeFormat = (locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions) =>
  memo(`dt|${locale}|${timeZone}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, { ...options, timeZone }));

const styleOptions = ({ date, time }: DateTimeStyle): Intl.DateTimeFormatOptions => ({ dateStyle: date, timeStyle: time });

/** The formatter of one locale (an unknown code falls back to English), in Center time unless told otherwise. */
export function formatFor(locale: string, timeZone: string = CENTER_TIME_ZONE): Format {
  const lang: Locale = isLocale(locale) ? locale : defaultLocale;
  return {
    locale: lang,
    number: (value, options = {}) => memo(`n|${lang}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(lang, options)).format(value),
    year: (value) => memo(`y|${lang}`, () => new Intl.NumberFormat(lang, { useGrouping: false })).format(value),
    date: (value, style = "medium") => dateTimeFormat(lang, timeZone, { dateStyle: style }).format(value),
    time: (value, style = "short") => dateTimeFormat(lang, timeZone, { timeStyle: style }).format(value),
    dateTime: (value, style = { date: "medium", time: "short" }) => dateTimeFormat(lang, timeZone, styleOptions(style)).format(value),
    dateTimeRange: (start, end, style = { date: "full", time: "short" }) => dateTimeFormat(lang, timeZone, styleOptions(style)).formatRange(start, end),
    // Noon UTC of that day is the same calendar day in every zone, so read it back in UTC.
    calendarDate: (isoDate, style = "full") => dateTimeFormat(lang, "UTC", { dateStyle: style }).format(new Date(`${isoDate}T12:00:00Z`)),
    list: (items, type = "conjunction") => memo(`l|${lang}|${type}`, () => new Intl.ListFormat(lang, { type, style: "long" })).format(items),
  };
}
