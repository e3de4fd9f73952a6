import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/prisma/seed-data/accounts";
import { assessPassword } from "./password-policy";
import { PASSWORD_RULES } from "./password-rules";

const owner = { email: "ayesha.khan@school.example", name: "Ayesha Khan" };

describe("the password rule (NIST SP 800-63B)", () => {
  it.each([
    ["password12", "tooShort"],
    ["1234567890", "tooShort"],
    [" ".repeat(10), "tooShort"],
    ["x".repeat(PASSWORD_RULES.minLength - 1), "tooShort"],
    [" ".repeat(12), "common"],
    ["password1234", "common"],
    ["123456789012", "common"],
    ["qwertyuiop12", "common"],
    ["iloveyou1234", "common"],
    ["aaaaaaaaaaaaaaaa", "common"],
    ["Ayesha-Khan-2026", "personal"],
    ["ayeshakhan!!2026", "personal"],
    ["x".repeat(PASSWORD_RULES.maxLength + 1), "tooLong"],
  ])("refuses %j (%s)", (password, problem) => {
    expect(assessPassword(password, owner).problem).toBe(problem);
  });

  it.each([["correct horse battery"], ["granite lantern orchard"], ["Tr0ub4dor&3xyz"], [DEMO_PASSWORD]])("accepts %j", (password) => {
    expect(assessPassword(password, owner)).toEqual({ score: expect.any(Number) });
    expect(assessPassword(password, owner).score).toBeGreaterThanOrEqual(PASSWORD_RULES.minScore);
  });
});
