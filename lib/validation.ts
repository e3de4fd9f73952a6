import { z } from "zod";
import { invalid, type FieldIssue } from "@/lib/errors";

/**
 * Parses untrusted input at a boundary. Failures become one `invalid` DomainError whose issues name
 * catalog keys (`validation.*`, or a key a schema put in `params.messageKey`), so every caller can
 * show them in the user's language.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalid("errors.invalidInput", {}, result.error.issues.map(toFieldIssue));
}

function toFieldIssue(issue: z.core.$ZodIssue): FieldIssue {
  const path = issue.path.map(String).join(".");
  const custom = (issue as { params?: { messageKey?: string; [k: string]: unknown } }).params;
  if (issue.code === "custom" && custom?.messageKey) {
    const { messageKey, ...params } = custom;
    return { path, messageKey, params: params as FieldIssue["params"] };
  }
  // A schema may name a catalog key as its message: `z.string().regex(re, { error: "validation.date" })`.
  if (/^[a-z]\w*(\.\w+)+$/i.test(issue.message)) return { path, messageKey: issue.message };
  switch (issue.code) {
    case "too_small":
      return { path, messageKey: issue.origin === "string" ? "validation.tooShort" : "validation.tooSmall", params: { minimum: Number(issue.minimum) } };
    case "too_big":
      return { path, messageKey: issue.origin === "string" ? "validation.tooLong" : "validation.tooBig", params: { maximum: Number(issue.maximum) } };
    case "invalid_format":
      return { path, messageKey: issue.format === "email" ? "validation.email" : "validation.format" };
    case "invalid_value":
      return { path, messageKey: "validation.choice" };
    case "invalid_type":
      return { path, messageKey: issue.input === undefined ? "validation.required" : "validation.type" };
    default:
      return { path, messageKey: "validation.invalid" };
  }
}

// PostgreSQL refuses NUL in text (SQLSTATE 22021), and no other control character belongs in a
// name, an id or a date: every string from outside goes through one of the schemas below, so a
// hostile byte is a 422 at the boundary, never a 500 from the database.
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F]/;
const CONTROL_CHARACTERS_BUT_NEWLINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const noControlCharacters = { params: { messageKey: "validation.controlCharacters" } };

/**
 * Text a person typed: trimmed, bounded, without control characters (`multiline` lets a reason or a
 * note keep its line breaks and tabs).
 */
export function text({ min = 0, max, multiline = false }: { min?: number; max: number; multiline?: boolean }) {
  const forbidden = multiline ? CONTROL_CHARACTERS_BUT_NEWLINES : CONTROL_CHARACTERS;
  return z.string().trim().min(min).max(max).refine((value) => !forbidden.test(value), noControlCharacters);
}

/** The longest id or slug anyone sends: cuid/uuid ids are far shorter, exhibition slugs at most 80. */
export const ID_MAX_LENGTH = 100;

/** A record's id (or slug) from a form, a query, a body or a path. */
export const id = text({ min: 1, max: ID_MAX_LENGTH });

/**
 * The calendar dates anyone may ask about: wide enough for any booking, filter or history, narrow
 * enough that day arithmetic and the database's timestamp range never overflow.
 */
export const DATE_RANGE = { min: "2000-01-01", max: "2099-12-31" } as const;

/** Whether "YYYY-MM-DD" names a day that exists (no 2026-02-30, no 0000-00-00). */
function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date "YYYY-MM-DD" that exists and lies within `DATE_RANGE`. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.date", abort: true })
  .refine(isCalendarDate, { error: "validation.date", abort: true })
  .refine((value) => value >= DATE_RANGE.min && value <= DATE_RANGE.max, { params: { messageKey: "validation.dateRange", ...DATE_RANGE } });

/** A date range's rule, for an object schema with optional `from` and `to`: `to` is not before `from` (the error sits on `to`). */
export function inDateOrder<S extends z.ZodObject>(schema: S) {
  return schema.refine(
    (value) => {
      const { from, to } = value as { from?: string; to?: string };
      return !from || !to || to >= from;
    },
    { path: ["to"], params: { messageKey: "validation.dateOrder" } },
  );
}

/** A filter field of a list's query (GET form, URL): empty means "any". */
export const optionalFilter = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

/** Reads a FormData into a plain object (checkboxes: "on" → true handled by schemas). */
export function formDataToObject(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") out[key] = value;
  return out;
}
