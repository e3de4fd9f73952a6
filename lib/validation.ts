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

/** A filter field of a list's query (GET form, URL): empty means "any". */
export const optionalFilter = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

/** Reads a FormData into a plain object (checkboxes: "on" → true handled by schemas). */
export function formDataToObject(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") out[key] = value;
  return out;
}
