import { randomInt } from "node:crypto";

// No 0/O or 1/I/L: the code is read out over the phone at the front desk.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function newReferenceCode(prefix = "FT"): string {
  let code = "";
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${prefix}-${code}`;
}
