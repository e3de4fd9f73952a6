/**
 * The numbers of the password rule (NIST SP 800-63B 5.1.1.2). Apart from the rule itself
 * (password-policy.ts, with its dictionaries) so forms can quote them without loading those.
 */
export const PASSWORD_RULES = {
  minLength: 12,
  maxLength: 200,
  /** zxcvbn's score (0–4): 3 = "safely unguessable: moderate protection from offline slow-hash attacks". */
  minScore: 3,
  /** Parts of a name or email shorter than this are too short to look for inside a password. */
  personalPartMinLength: 4,
} as const;
