import { describe, expect, it } from "vitest";
import { db, uniq, createActor } from "@/tests/support/factories";
import type { DomainError } from "@/lib/errors";
import { registerAccount } from "@/lib/accounts/register-account";
import { verifyRole } from "@/lib/accounts/verify-role";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { LIMITS } from "@/lib/auth/login-throttle";

const rejection = (promise: Promise<unknown>) => promise.then(() => { throw new Error("expected a refusal"); }, (e: DomainError) => e);

describe("registration", () => {
  it("registers a member who can act at once, and a coordinator who waits for verification", async () => {
    const member = await registerAccount(db, { name: "Ayesha Khan", email: `Ayesha.${uniq()}@Test.example`, password: "correct horse battery", role: "MEMBER" });
    expect(member.email).toBe(member.email.toLowerCase());
    const coordinatorEmail = `coord.${uniq()}@test.example`;
    await registerAccount(db, { name: "Imran Ali", email: coordinatorEmail, password: "correct horse battery", role: "SCHOOL_COORDINATOR", organization: "F-7 School", locale: "ur" });

    const signedIn = await signInWithPassword(db, { email: coordinatorEmail, password: "correct horse battery" }, undefined);
    expect(signedIn).toMatchObject({ roles: [], pendingRoles: ["SCHOOL_COORDINATOR"], locale: "ur" });
    expect(await db.outboxMessage.count({ where: { toEmail: coordinatorEmail, template: "account.awaitingVerification" } })).toBe(1);
  });

  it("refuses bad input and duplicates without writing anything", async () => {
    const email = `dup.${uniq()}@test.example`;
    const invalid = await rejection(registerAccount(db, { name: "X", email: "not-an-email", password: "short", role: "STAFF" }));
    expect(invalid).toMatchObject({ code: "invalid" });
    expect(invalid.issues.map((i) => i.path).sort()).toEqual(["email", "name", "password", "role"]);
    await expect(rejection(registerAccount(db, { name: "No School", email, password: "long enough pass", role: "SCHOOL_COORDINATOR" }))).resolves.toMatchObject({ issues: [expect.objectContaining({ path: "organization", messageKey: "validation.organizationRequired" })] });
    expect(await db.user.count({ where: { email } })).toBe(0);
    await registerAccount(db, { name: "First", email, password: "long enough pass", role: "MEMBER" });
    await expect(rejection(registerAccount(db, { name: "Second", email: email.toUpperCase(), password: "long enough pass", role: "MEMBER" }))).resolves.toMatchObject({ code: "conflict", messageKey: "errors.emailTaken" });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("lets staff verify a coordinator, audited, and the coordinator is told", async () => {
    const email = `verify.${uniq()}@test.example`;
    const user = await registerAccount(db, { name: "Sana Malik", email, password: "long enough pass", role: "SCHOOL_COORDINATOR", organization: "G-9 School" });
    const staff = await createActor(["STAFF"]);
    const member = await createActor(["MEMBER"]);
    await expect(rejection(verifyRole(db, member, { userId: user.id, role: "SCHOOL_COORDINATOR" }))).resolves.toMatchObject({ code: "forbidden" });
    await verifyRole(db, staff, { userId: user.id, role: "SCHOOL_COORDINATOR" });
    expect(await signInWithPassword(db, { email, password: "long enough pass" }, undefined)).toMatchObject({ roles: ["SCHOOL_COORDINATOR"], pendingRoles: [] });
    expect(await db.auditLog.count({ where: { entityId: `${user.id}:SCHOOL_COORDINATOR`, actorId: staff.id } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { userId: user.id, template: "account.verified" } })).toBe(1);
    await expect(rejection(verifyRole(db, staff, { userId: user.id, role: "SCHOOL_COORDINATOR" }))).resolves.toMatchObject({ code: "conflict" });
  });
});

describe("sign-in throttling (stored in PostgreSQL)", () => {
  it(`locks an email after ${LIMITS.email} failures, even for the right password`, async () => {
    const email = `throttle.${uniq()}@test.example`;
    await registerAccount(db, { name: "Throttled", email, password: "the right password", role: "MEMBER" });
    for (let i = 0; i < LIMITS.email; i++) {
      expect(await signInWithPassword(db, { email, password: `wrong ${i}` }, "10.1.1.1")).toBeNull();
    }
    await expect(rejection(signInWithPassword(db, { email, password: "the right password" }, "10.1.1.2"))).resolves.toMatchObject({ code: "rate_limited", messageKey: "errors.loginThrottled" });
  });

  it("clears the count after a successful sign-in", async () => {
    const email = `reset.${uniq()}@test.example`;
    await registerAccount(db, { name: "Reset", email, password: "the right password", role: "MEMBER" });
    for (let i = 0; i < LIMITS.email - 1; i++) await signInWithPassword(db, { email, password: "wrong" }, undefined);
    expect(await signInWithPassword(db, { email, password: "the right password" }, undefined)).not.toBeNull();
    for (let i = 0; i < LIMITS.email - 1; i++) await signInWithPassword(db, { email, password: "wrong" }, undefined);
    expect(await signInWithPassword(db, { email, password: "the right password" }, undefined)).not.toBeNull();
  });
});
