import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { PASSWORD_RULES } from "./password-rules";

/**
 * The password rule (NIST SP 800-63B 5.1.1.2), once: long enough, not a common or breached
 * password, not built from the person's own name or email. No composition rules: length and
 * guessability are what count. Registration validates with it on the server; the strength meter
 * on the registration form loads this same module in the browser, for feedback only.
 *
 * Guessability is zxcvbn's score (0–4) against the bundled lists of `@zxcvbn-ts/language-common`
 * (about 49 000 common and breached passwords and 7 776 diceware words), plus keyboard patterns,
 * sequences, repeats and dates.
 */
export type PasswordProblem = "tooShort" | "tooLong" | "common" | "personal";
export type PasswordAssessment = { score: 0 | 1 | 2 | 3 | 4; problem?: PasswordProblem };
export type PasswordOwner = { email?: string; name?: string };

let factory: ZxcvbnFactory | undefined;
const zxcvbn = () => (factory ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs }));

const normalise = (text: string) => text.normalize("NFKC").toLowerCase();
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const compact = (text: string) => normalise(text).replace(NOT_LETTER_OR_DIGIT, "");

/** The person's own words, letters and digits only: the email's local part whole and in pieces, the name's words. */
function personalParts({ email, name }: PasswordOwner): string[] {
  const local = normalise(email ?? "").split("@")[0] ?? "";
  const parts = [local, ...local.split(NOT_LETTER_OR_DIGIT), ...normalise(name ?? "").split(NOT_LETTER_OR_DIGIT)].map(compact);
  return [...new Set(parts.filter((p) => p.length >= PASSWORD_RULES.personalPartMinLength))];
}

/** How good a password is, and the first rule it breaks (none when it may be used). */
export function assessPassword(password: string, owner: PasswordOwner = {}): PasswordAssessment {
  const { minLength, maxLength, minScore } = PASSWORD_RULES;
  // zxcvbn's work grows with length; the long ones are refused before it runs.
  if (password.length > maxLength) return { score: 0, problem: "tooLong" };
  const parts = personalParts(owner);
  const { score } = zxcvbn().check(password, parts);
  if (password.length < minLength) return { score, problem: "tooShort" };
  const letters = compact(password);
  if (parts.some((part) => letters.includes(part))) return { score, problem: "personal" };
  if (score < minScore) return { score, problem: parts.length > 0 && zxcvbn().check(password).score >= minScore ? "personal" : "common" };
  return { score };
}

/** The catalog key (`validation.*`) for each problem; the meter and the server say the same. */
export const PASSWORD_PROBLEM_MESSAGE: Record<PasswordProblem, string> = {
  tooShort: "validation.tooShort",
  tooLong: "validation.tooLong",
  common: "validation.passwordCommon",
  personal: "validation.passwordPersonal",
};
