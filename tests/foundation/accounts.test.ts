import { describe, expect, it } from "vitest";
import { db, uniq, createActor } from "@/tests/support/factories";
import type { DomainError } from "@/lib/errors";
import { registerAccount } from "@/lib/accounts/register-account";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";

const rejection = (promise: Promise<unknown>) => promise.then(() => { throw new Error("expected a refusal"); }, (e: DomainError) => e);

describe("registration", () => {
  it("registers a member who can act at once, and a coordinator whose new school waits for staff", async () => {
    const member = await registerAccount(db, { name: "Ayesha Khan", email: `Ayesha.${uniq()}@Test.example`, password: "correct horse battery", role: "MEMBER" });
    expect(member.email).toBe(member.email.toLowerCase());
    expect(await db.outboxMessage.count({ where: { userId: member.id, template: "account.welcome" } })).toBe(1);
    const coordinatorEmail = `coord.${uniq()}@test.example`;
    const schoolName = `F-7 School ${uniq()}`;
    await registerAccount(db, { name: "Imran Ali", email: coordinatorEmail, password: "correct horse battery", role: "SCHOOL_COORDINATOR", school: "new", schoolName, schoolCity: "Islamabad", locale: "ur" });

    const signedIn = await signInWithPassword(db, { email: coordinatorEmail, password: "correct horse battery" }, undefined);
    expect(signedIn).toMatchObject({ roles: [], pendingRoles: ["SCHOOL_COORDINATOR"], locale: "ur", memberships: [{ kind: "SCHOOL", role: "LEAD", verified: false }] });
    const school = await db.organization.findUniqueOrThrow({ where: { id: signedIn!.memberships[0].organizationId } });
    expect(school).toMatchObject({ kind: "SCHOOL", name: schoolName, city: "Islamabad", verifiedAt: null });
    expect(await db.outboxMessage.findFirst({ where: { toEmail: coordinatorEmail, template: "account.awaitingVerification" } })).toMatchObject({ locale: "ur" });
    expect(await db.auditLog.count({ where: { entity: "Organization", entityId: school.id, action: "organization.register", actorId: signedIn!.id } })).toBe(1);
    // The free-text organisation column is no longer written: the organisation is a row of its own.
    expect(await db.user.findUniqueOrThrow({ where: { id: signedIn!.id } })).toMatchObject({ organization: null });
  });

  it("registers a business representative with their company, and a teacher asking to join a verified school", async () => {
    const business = await registerAccount(db, { name: "Usman Tariq", email: `biz.${uniq()}@test.example`, password: "long enough pass", role: "BUSINESS", companyName: "Ravi Textiles", companyCity: "Lahore" });
    expect(await db.membership.findFirst({ where: { userId: business.id }, include: { organization: true } })).toMatchObject({
      role: "LEAD",
      verifiedAt: null,
      organization: { kind: "BUSINESS", name: "Ravi Textiles", city: "Lahore", verifiedAt: null },
    });

    const lead = await createActor(["SCHOOL_COORDINATOR"]);
    const schoolId = lead.memberships[0].organizationId;
    const teacher = await registerAccount(db, { name: "Hina Javed", email: `teacher.${uniq()}@test.example`, password: "long enough pass", role: "SCHOOL_COORDINATOR", school: "join", schoolId });
    expect(await db.membership.findUniqueOrThrow({ where: { organizationId_userId: { organizationId: schoolId, userId: teacher.id } } })).toMatchObject({ role: "MEMBER", verifiedAt: null });
    expect(await db.outboxMessage.count({ where: { userId: lead.id, template: "account.joinRequestReceived" } })).toBe(1);
  });

  it("refuses bad input and duplicates without writing anything", async () => {
    const email = `dup.${uniq()}@test.example`;
    const invalid = await rejection(registerAccount(db, { name: "X", email: "not-an-email", password: "short", role: "STAFF" }));
    expect(invalid).toMatchObject({ code: "invalid" });
    expect([...new Set(invalid.issues.map((i) => i.path))].sort()).toEqual(["email", "name", "password", "role"]);
    const coordinator = { name: "No School", email, password: "long enough pass", role: "SCHOOL_COORDINATOR" };
    await expect(rejection(registerAccount(db, coordinator))).resolves.toMatchObject({ issues: [expect.objectContaining({ path: "school", messageKey: "validation.choice" })] });
    await expect(rejection(registerAccount(db, { ...coordinator, school: "join" }))).resolves.toMatchObject({ issues: [expect.objectContaining({ path: "schoolId", messageKey: "validation.schoolChoice" })] });
    await expect(rejection(registerAccount(db, { ...coordinator, school: "join", schoolId: "no-such-school" }))).resolves.toMatchObject({ issues: [expect.objectContaining({ path: "schoolId", messageKey: "validation.schoolChoice" })] });
    await expect(rejection(registerAccount(db, { ...coordinator, school: "new", schoolName: "Bad\u0000School", schoolCity: "x".repeat(101) }))).resolves.toMatchObject({
      issues: expect.arrayContaining([
        expect.objectContaining({ path: "schoolName", messageKey: "validation.controlCharacters" }),
        expect.objectContaining({ path: "schoolCity", messageKey: "validation.tooLong" }),
      ]),
    });
    await expect(rejection(registerAccount(db, { ...coordinator, role: "BUSINESS", companyName: "y".repeat(151), companyCity: "Lahore" }))).resolves.toMatchObject({ issues: [expect.objectContaining({ path: "companyName", messageKey: "validation.tooLong" })] });
    await expect(rejection(registerAccount(db, { ...coordinator, name: "Nul\u0000Name", role: "MEMBER" }))).resolves.toMatchObject({ issues: [expect.objectContaining({ path: "name", messageKey: "validation.controlCharacters" })] });
    expect(await db.user.count({ where: { email } })).toBe(0);

    // A verified school's name cannot be registered again: the teacher should ask to join it.
    const existing = await db.organization.findUniqueOrThrow({ where: { id: (await createActor(["SCHOOL_COORDINATOR"])).memberships[0].organizationId } });
    await expect(rejection(registerAccount(db, { ...coordinator, school: "new", schoolName: existing.name.toUpperCase(), schoolCity: "Islamabad" }))).resolves.toMatchObject({
      issues: [expect.objectContaining({ path: "schoolName", messageKey: "validation.schoolExists" })],
    });
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await db.organization.count({ where: { name: { equals: existing.name, mode: "insensitive" } } })).toBe(1);

    await registerAccount(db, { name: "First", email, password: "long enough pass", role: "MEMBER" });
    await expect(rejection(registerAccount(db, { name: "Second", email: email.toUpperCase(), password: "long enough pass", role: "MEMBER" }))).resolves.toMatchObject({ code: "conflict", messageKey: "errors.emailTaken" });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("refuses short, common and personal passwords, with the rule's message, writing nothing", async () => {
    const email = `ayesha.${uniq()}@test.example`;
    const person = { name: "Ayesha Siddiqui", email, role: "MEMBER" };
    const refused = async (password: string) => (await rejection(registerAccount(db, { ...person, password }))).issues;
    // What the length-only rule (10 to 200 characters) let through.
    await expect(refused("password12")).resolves.toEqual([expect.objectContaining({ path: "password", messageKey: "validation.tooShort", params: expect.objectContaining({ minimum: 12 }) })]);
    await expect(refused("1234567890")).resolves.toEqual([expect.objectContaining({ path: "password", messageKey: "validation.tooShort" })]);
    await expect(refused(" ".repeat(10))).resolves.toEqual([expect.objectContaining({ path: "password", messageKey: "validation.tooShort" })]);
    await expect(refused("password1234")).resolves.toEqual([expect.objectContaining({ path: "password", messageKey: "validation.passwordCommon" })]);
    await expect(refused("Siddiqui-2026-Pass")).resolves.toEqual([expect.objectContaining({ path: "password", messageKey: "validation.passwordPersonal" })]);
    await expect(refused(`${email.split("@")[0]}!`)).resolves.toEqual([expect.objectContaining({ path: "password", messageKey: "validation.passwordPersonal" })]);
    expect(await db.user.count({ where: { email } })).toBe(0);
    await registerAccount(db, { ...person, password: "granite lantern orchard" });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });
});
