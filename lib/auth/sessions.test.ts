import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { createActor, db } from "@/tests/support/factories";
import { as, sessionCookie } from "@/tests/api/support/call-route";
import type { DomainError } from "@/lib/errors";
import { setAccountDisabled } from "@/lib/accounts/set-account-disabled";
import { setRoles } from "@/lib/accounts/set-roles";
import { approveMembership } from "@/lib/organisations/approve-membership";
import { authOptions } from "./auth-options";
import { hashPassword } from "./password";
import { listOwnSessions } from "./list-own-sessions";
import { loadActor } from "./load-actor";
import { revokeAllSessions } from "./revoke-all-sessions";
import { revokeSession } from "./revoke-sessions";
import { SESSION_LIFETIME } from "./session-lifetime";
import { startSession } from "./start-session";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const browser = new Headers({ "user-agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36" });
const rejection = (promise: Promise<unknown>) => promise.then(() => { throw new Error("expected a refusal"); }, (e: DomainError) => e);

/** A token as the session cookie carries it, for a session started now (or at `at`). */
async function signedIn(userId: string, at = new Date()) {
  return { sub: userId, sid: await startSession(db, userId, {}, at) };
}
const load = (token: { sub?: string; sid?: string } | null, now?: Date) => loadActor(db, token, browser, now);

describe("sign-in and sign-out through next-auth", () => {
  it("signing in records a session carried in the token; signing out ends it for every instance", async () => {
    const actor = await createActor(["MEMBER"]);
    await db.user.update({ where: { id: actor.id }, data: { passwordHash: await hashPassword("a long sign-in password") } });
    const provider = authOptions.providers[0] as unknown as { options: { authorize: (c: unknown, r: unknown) => Promise<{ id: string; sid?: string } | null> } };
    const user = await provider.options.authorize(
      { email: actor.email, password: "a long sign-in password" },
      { headers: { "user-agent": "Firefox test", "x-forwarded-for": "203.0.113.7" } },
    );
    const token = (await authOptions.callbacks!.jwt!({ token: {}, user: user!, account: null } as never)) as JWT;
    expect(token).toMatchObject({ sub: actor.id, sid: expect.any(String) });
    expect(await db.session.findUniqueOrThrow({ where: { id: token.sid! } })).toMatchObject({ userId: actor.id, ip: "203.0.113.7", userAgent: "Firefox test", revokedAt: null });

    // The same cookie works on the API (any instance) until sign-out, then nowhere.
    const cookie = await sessionCookie(actor.id, token.sid);
    const account = { get: (url: string) => as(null).get(url, { headers: { cookie } }) };
    expect((await account.get("/api/v1/field-trips")).status).not.toBe(401);
    await authOptions.events!.signOut!({ token } as never);
    expect((await account.get("/api/v1/field-trips")).status).toBe(401);
    expect(await load(token)).toBeNull();
    expect(await db.session.findUniqueOrThrow({ where: { id: token.sid! } })).toMatchObject({ revokedAt: expect.any(Date), revokedReason: "SIGN_OUT" });
  });

  it("refuses a token without a session, with another person's session, or with an unknown one", async () => {
    const [a, b] = await Promise.all([createActor(["MEMBER"]), createActor(["MEMBER"])]);
    const theirs = await signedIn(b.id);
    expect(await load({ sub: a.id })).toBeNull();
    expect(await load({ sub: a.id, sid: theirs.sid })).toBeNull();
    expect(await load({ sub: a.id, sid: "no-such-session" })).toBeNull();
    expect(await load(theirs)).toMatchObject({ id: b.id, sessionId: theirs.sid });
  });
});

describe("revocation", () => {
  it("sign-out ends only that session", async () => {
    const actor = await createActor(["MEMBER"]);
    const [phone, laptop] = [await signedIn(actor.id), await signedIn(actor.id)];
    await revokeSession(db, phone.sid);
    expect(await load(phone)).toBeNull();
    expect(await load(laptop)).toMatchObject({ id: actor.id });
  });

  it("sign out everywhere ends all of the person's sessions and nobody else's", async () => {
    const [actor, other] = await Promise.all([createActor(["MEMBER"]), createActor(["MEMBER"])]);
    const mine = [await signedIn(actor.id), await signedIn(actor.id), await signedIn(actor.id)];
    const theirs = await signedIn(other.id);
    const current = (await load(mine[0]))!;
    expect(await revokeAllSessions(db, current)).toBe(3);
    for (const token of mine) expect(await load(token)).toBeNull();
    expect(await load(theirs)).not.toBeNull();
    expect(await rejection(revokeAllSessions(db, null))).toMatchObject({ code: "unauthenticated" });
  });

  it("disabling an account ends its sessions at once, and enabling it again does not bring them back", async () => {
    const [admin, person] = await Promise.all([createActor(["ADMIN"]), createActor(["MEMBER"])]);
    const token = await signedIn(person.id);
    expect(await setAccountDisabled(db, admin, { userId: person.id, disabled: true })).toMatchObject({ sessionsEnded: 1 });
    expect(await load(token)).toBeNull();
    await setAccountDisabled(db, admin, { userId: person.id, disabled: false });
    expect(await load(token)).toBeNull();
    expect(await load(await signedIn(person.id))).toMatchObject({ id: person.id });
    expect(await db.auditLog.count({ where: { entity: "User", entityId: person.id, action: { in: ["account.disable", "account.enable"] } } })).toBe(2);
  });

  it("changing someone's roles ends their sessions; setting the same roles again changes nothing", async () => {
    const [admin, person] = await Promise.all([createActor(["ADMIN"]), createActor(["MEMBER"])]);
    const token = await signedIn(person.id);
    expect(await setRoles(db, admin, { userId: person.id, roles: ["MEMBER"] })).toMatchObject({ sessionsEnded: 0 });
    expect(await load(token)).not.toBeNull();
    expect(await setRoles(db, admin, { userId: person.id, roles: ["MEMBER", "TEACHER"] })).toMatchObject({ sessionsEnded: 1 });
    expect(await load(token)).toBeNull();
    const again = await signedIn(person.id);
    expect(await load(again)).toMatchObject({ roles: expect.arrayContaining(["MEMBER", "TEACHER"]) });
    await setRoles(db, admin, { userId: person.id, roles: ["TEACHER"] });
    expect(await load(again)).toBeNull();
  });

  it("only admins disable accounts or change roles; bad input is refused and nothing changes", async () => {
    const [staff, person] = await Promise.all([createActor(["STAFF"]), createActor(["MEMBER"])]);
    const admin = await createActor(["ADMIN"]);
    const token = await signedIn(person.id);
    expect(await rejection(setAccountDisabled(db, staff, { userId: person.id, disabled: true }))).toMatchObject({ code: "forbidden" });
    expect(await rejection(setRoles(db, staff, { userId: person.id, roles: ["ADMIN"] }))).toMatchObject({ code: "forbidden" });
    expect(await rejection(setRoles(db, null, { userId: person.id, roles: ["ADMIN"] }))).toMatchObject({ code: "unauthenticated" });
    expect(await rejection(setRoles(db, admin, { userId: person.id, roles: ["KING"] }))).toMatchObject({ code: "invalid" });
    expect(await rejection(setAccountDisabled(db, admin, { userId: "nobody", disabled: true }))).toMatchObject({ code: "not_found" });
    expect(await load(token)).toMatchObject({ roles: ["MEMBER"] });
  });

  it("a membership approval makes a role count without signing the person out", async () => {
    const lead = await createActor(["SCHOOL_COORDINATOR"]);
    const schoolId = lead.memberships[0].organizationId;
    const teacher = await createActor(["SCHOOL_COORDINATOR"], { verified: false, organizationId: schoolId });
    const token = await signedIn(teacher.id);
    expect(await load(token)).toMatchObject({ roles: [], pendingRoles: ["SCHOOL_COORDINATOR"] });
    await approveMembership(db, lead, { organizationId: schoolId, userId: teacher.id });
    expect(await load(token)).toMatchObject({ roles: ["SCHOOL_COORDINATOR"] });
  });
});

describe("lifetime", () => {
  const idle = SESSION_LIFETIME.idleMinutes * MINUTE;
  const touch = SESSION_LIFETIME.touchEveryMinutes * MINUTE;

  it("ends a session left unused for the idle lifetime", async () => {
    const actor = await createActor(["MEMBER"]);
    const start = new Date();
    const token = await signedIn(actor.id, start);
    expect(await load(token, new Date(start.getTime() + idle - MINUTE))).not.toBeNull();
    const other = await signedIn(actor.id, start);
    expect(await load(other, new Date(start.getTime() + idle + MINUTE))).toBeNull();
  });

  it("slides with use, writing at most once per touch interval, up to the absolute lifetime", async () => {
    const actor = await createActor(["MEMBER"]);
    const start = new Date();
    const token = await signedIn(actor.id, start);
    const row = () => db.session.findUniqueOrThrow({ where: { id: token.sid } });

    // Within the touch interval nothing is written.
    await load(token, new Date(start.getTime() + touch - MINUTE));
    expect((await row()).lastSeenAt).toEqual(start);

    // Used every 90 minutes, it outlives the idle limit many times over…
    let now = start;
    for (let i = 0; i < 10; i++) {
      now = new Date(now.getTime() + 90 * MINUTE);
      expect(await load(token, now)).not.toBeNull();
    }
    expect((await row()).lastSeenAt).toEqual(now);
    expect((await row()).expiresAt).toEqual(new Date(now.getTime() + idle));

    // …but not the absolute lifetime.
    const absoluteEnd = start.getTime() + SESSION_LIFETIME.absoluteDays * DAY;
    for (now = new Date(now.getTime() + 90 * MINUTE); now.getTime() < absoluteEnd; now = new Date(now.getTime() + 90 * MINUTE)) {
      expect(await load(token, now)).not.toBeNull();
    }
    expect((await row()).expiresAt.getTime()).toBe(absoluteEnd);
    expect(await load(token, new Date(absoluteEnd + 1))).toBeNull();
  });

  it("concurrent requests of one session write it once", async () => {
    const actor = await createActor(["MEMBER"]);
    const start = new Date();
    const token = await signedIn(actor.id, start);
    const later = new Date(start.getTime() + touch + MINUTE);
    // Rows each touch actually changed.
    const written: number[] = [];
    const spy = db.$extends({
      query: { session: { updateMany: async ({ args, query }) => { const result = await query(args); written.push(result.count); return result; } } },
    });
    await Promise.all(Array.from({ length: 8 }, () => loadActor(spy as never, token, browser, later)));
    expect(written.reduce((sum, n) => sum + n, 0)).toBe(1);
    expect((await db.session.findUniqueOrThrow({ where: { id: token.sid } })).lastSeenAt).toEqual(later);
    // A ninth request a moment later finds the row fresh and does not even try.
    written.length = 0;
    await loadActor(spy as never, token, browser, new Date(later.getTime() + 1000));
    expect(written).toEqual([]);
  });
});

describe("the account page's list", () => {
  it("lists the person's live sessions with device and address, marks this one, and never shows session ids", async () => {
    const actor = await createActor(["MEMBER"]);
    const here = await startSession(db, actor.id, { ip: "198.51.100.4", userAgent: browser.get("user-agent")! });
    const ended = await signedIn(actor.id);
    await revokeSession(db, ended.sid);
    await signedIn((await createActor(["MEMBER"])).id);
    const current = (await load({ sub: actor.id, sid: here }))!;
    const sessions = await listOwnSessions(db, current);
    expect(sessions).toEqual([expect.objectContaining({ current: true, browser: "Chrome", os: "Windows", ip: "198.51.100.4" })]);
    expect(JSON.stringify(sessions)).not.toContain(here);
  });
});
