import { describe, expect, it } from "vitest";
import { db, uniq, createActor } from "@/tests/support/factories";
import { ACTOR_INCLUDE, toActor, type Actor } from "@/lib/auth/actor";
import type { DomainError } from "@/lib/errors";
import { registerAccount } from "@/lib/accounts/register-account";
import { approveMembership } from "./approve-membership";
import { declineMembership } from "./decline-membership";
import { requestToJoinSchool } from "./request-to-join-school";
import { verifyOrganisation } from "./verify-organisation";
import { listPendingMemberships } from "./list-pending-memberships";
import { countPendingMemberships } from "./count-pending-memberships";
import { findVerifiedSchools } from "./find-verified-schools";
import { listOrganisationMembers } from "./list-organisation-members";
import { listOwnMemberships } from "./list-own-memberships";
import { ledOrganisationIds, membershipRefusal } from "./policy";
import { membershipEntityId } from "./events";

const rejection = (promise: Promise<unknown>) => promise.then(() => { throw new Error("expected a refusal"); }, (e: DomainError) => e);
const PASSWORD = "long enough pass";

/** The person as services see them now, re-read from the database (as every request does). */
async function reload(id: string): Promise<Actor> {
  return toActor(await db.user.findUniqueOrThrow({ where: { id }, include: ACTOR_INCLUDE }));
}

/** A verified school and its verified lead. */
async function schoolWithLead(name = "Lead Teacher") {
  const lead = await createActor(["SCHOOL_COORDINATOR"], { name });
  return { lead, schoolId: lead.memberships[0].organizationId };
}

/** A teacher (coordinator role, no school yet) who asks to join `schoolId`. */
async function requester(schoolId: string, name = "New Teacher") {
  const user = await registerAccount(db, { name, email: `join.${uniq()}@test.example`, password: PASSWORD, role: "SCHOOL_COORDINATOR", school: "join", schoolId });
  return reload(user.id);
}

const membershipOf = (organizationId: string, userId: string) => db.membership.findUniqueOrThrow({ where: { organizationId_userId: { organizationId, userId } } });
const auditCount = (key: { organizationId: string; userId: string }, action: string) => db.auditLog.count({ where: { entity: "Membership", entityId: membershipEntityId(key), action } });

describe("joining a school", () => {
  it("a lead approves a colleague: audited, both told, and the colleague's role counts at once", async () => {
    const { lead, schoolId } = await schoolWithLead();
    const teacher = await requester(schoolId, "Colleague One");
    expect(teacher).toMatchObject({ roles: [], pendingRoles: ["SCHOOL_COORDINATOR"], memberships: [{ organizationId: schoolId, role: "MEMBER", verified: false }] });
    expect(await db.outboxMessage.count({ where: { userId: teacher.id, template: "account.joinRequested" } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { userId: lead.id, template: "account.joinRequestReceived" } })).toBe(1);

    await approveMembership(db, lead, { organizationId: schoolId, userId: teacher.id });
    expect(await reload(teacher.id)).toMatchObject({ roles: ["SCHOOL_COORDINATOR"], pendingRoles: [], memberships: [{ organizationId: schoolId, verified: true }] });
    expect(await membershipOf(schoolId, teacher.id)).toMatchObject({ verifiedById: lead.id });
    expect(await db.auditLog.findFirst({ where: { entity: "Membership", entityId: membershipEntityId({ organizationId: schoolId, userId: teacher.id }), action: "membership.approve" } })).toMatchObject({ actorId: lead.id });
    expect(await db.outboxMessage.findFirst({ where: { userId: teacher.id, template: "account.membershipApproved" } })).toMatchObject({ payload: expect.objectContaining({ organization: expect.any(String) }) });
  });

  it("a member who is not the lead, a lead of another school and a stranger get not_found; nothing changes", async () => {
    const { schoolId } = await schoolWithLead();
    const colleague = await createActor(["SCHOOL_COORDINATOR"], { organizationId: schoolId });
    const otherLead = (await schoolWithLead()).lead;
    const member = await createActor(["MEMBER"]);
    const teacher = await requester(schoolId);
    const key = { organizationId: schoolId, userId: teacher.id };
    for (const actor of [colleague, otherLead, member]) {
      await expect(rejection(approveMembership(db, actor, key))).resolves.toMatchObject({ code: "not_found" });
      await expect(rejection(declineMembership(db, actor, { ...key, reason: "Not a colleague of ours." }))).resolves.toMatchObject({ code: "not_found" });
      await expect(rejection(listOrganisationMembers(db, actor, { organizationId: schoolId }))).resolves.toMatchObject({ code: "not_found" });
    }
    await expect(rejection(approveMembership(db, null, key))).resolves.toMatchObject({ code: "unauthenticated" });
    expect(await membershipOf(schoolId, teacher.id)).toMatchObject({ verifiedAt: null, declinedAt: null });
    expect(await auditCount(key, "membership.approve")).toBe(0);
  });

  it("nobody decides their own membership", async () => {
    const staff = await createActor(["STAFF"]);
    const { lead, schoolId } = await schoolWithLead();
    await db.membership.create({ data: { organizationId: schoolId, userId: staff.id } });
    await expect(rejection(approveMembership(db, staff, { organizationId: schoolId, userId: staff.id }))).resolves.toMatchObject({ code: "forbidden" });
    await expect(rejection(approveMembership(db, lead, { organizationId: schoolId, userId: lead.id }))).resolves.toMatchObject({ code: "forbidden" });
  });

  it("only verified schools, only coordinators, and one request at a time", async () => {
    const { schoolId } = await schoolWithLead();
    const unverified = (await createActor(["SCHOOL_COORDINATOR"], { verified: false })).memberships[0].organizationId;
    const company = (await createActor(["BUSINESS"])).memberships[0].organizationId;
    const coordinator = await createActor(["SCHOOL_COORDINATOR"]);
    for (const organizationId of [unverified, company, "no-such-school"]) {
      await expect(rejection(requestToJoinSchool(db, coordinator, { organizationId }))).resolves.toMatchObject({
        code: "invalid",
        issues: [expect.objectContaining({ path: "organizationId", messageKey: "validation.schoolChoice" })],
      });
    }
    await expect(rejection(requestToJoinSchool(db, await createActor(["MEMBER"]), { organizationId: schoolId }))).resolves.toMatchObject({ code: "forbidden" });
    await expect(rejection(requestToJoinSchool(db, null, { organizationId: schoolId }))).resolves.toMatchObject({ code: "unauthenticated" });

    // Two requests at once: one is recorded, the other refused as a conflict.
    const results = await Promise.allSettled([requestToJoinSchool(db, coordinator, { organizationId: schoolId }), requestToJoinSchool(db, coordinator, { organizationId: schoolId })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "conflict", messageKey: "errors.alreadyMember" } });
    expect(await db.membership.count({ where: { organizationId: schoolId, userId: coordinator.id } })).toBe(1);
    expect(await auditCount({ organizationId: schoolId, userId: coordinator.id }, "membership.request")).toBe(1);
  });

  it("declining needs a reason the person reads; bad reasons change nothing; a declined teacher may ask again", async () => {
    const { lead, schoolId } = await schoolWithLead();
    const teacher = await requester(schoolId);
    const key = { organizationId: schoolId, userId: teacher.id };
    for (const reason of [undefined, "", "    ", "no", "Not\u0000us", "x".repeat(501)]) {
      await expect(rejection(declineMembership(db, lead, { ...key, reason }))).resolves.toMatchObject({ code: "invalid", issues: [expect.objectContaining({ path: "reason" })] });
    }
    expect(await membershipOf(schoolId, teacher.id)).toMatchObject({ declinedAt: null, declineReason: null });
    expect(await auditCount(key, "membership.decline")).toBe(0);

    await declineMembership(db, lead, { ...key, reason: "  We have no teacher of this name.\nPlease call the office.  " });
    expect(await membershipOf(schoolId, teacher.id)).toMatchObject({ declineReason: "We have no teacher of this name.\nPlease call the office.", verifiedAt: null });
    expect(await db.outboxMessage.findFirst({ where: { userId: teacher.id, template: "account.membershipDeclined" } })).toMatchObject({
      payload: expect.objectContaining({ reason: "We have no teacher of this name.\nPlease call the office." }),
    });
    expect(await listOwnMemberships(db, await reload(teacher.id))).toMatchObject([{ organizationId: schoolId, status: "declined", declineReason: expect.any(String) }]);
    await expect(rejection(approveMembership(db, lead, key))).resolves.toMatchObject({ code: "conflict", messageKey: "errors.membershipDecided" });

    await requestToJoinSchool(db, await reload(teacher.id), { organizationId: schoolId });
    expect(await membershipOf(schoolId, teacher.id)).toMatchObject({ declinedAt: null, declineReason: null, verifiedAt: null });
    await approveMembership(db, lead, key);
    expect((await reload(teacher.id)).roles).toEqual(["SCHOOL_COORDINATOR"]);
  });

  it("two reviewers deciding at once: one decision wins, the other is told it was decided", async () => {
    const { lead, schoolId } = await schoolWithLead();
    const staff = await createActor(["STAFF"]);
    const teacher = await requester(schoolId);
    const key = { organizationId: schoolId, userId: teacher.id };
    const results = await Promise.allSettled([approveMembership(db, lead, key), declineMembership(db, staff, { ...key, reason: "Duplicate request." })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "conflict", messageKey: "errors.membershipDecided" } });
    const audits = (await auditCount(key, "membership.approve")) + (await auditCount(key, "membership.decline"));
    expect(audits).toBe(1);
  });
});

describe("new organisations", () => {
  it("staff approving a new school's founder verifies the school, and the founder's role counts at once", async () => {
    const email = `founder.${uniq()}@test.example`;
    const founder = await registerAccount(db, { name: "Founding Lead", email, password: PASSWORD, role: "SCHOOL_COORDINATOR", school: "new", schoolName: `New School ${uniq()}`, schoolCity: "Rawalpindi" });
    const pending = await reload(founder.id);
    const schoolId = pending.memberships[0].organizationId;
    expect(pending).toMatchObject({ roles: [], pendingRoles: ["SCHOOL_COORDINATOR"], memberships: [{ kind: "SCHOOL", role: "LEAD", verified: false }] });
    expect(ledOrganisationIds(pending)).toEqual([]);
    // The founder may not approve themselves; the unverified school is not offered to others to join.
    await expect(rejection(approveMembership(db, pending, { organizationId: schoolId, userId: founder.id }))).resolves.toMatchObject({ code: "not_found" });
    expect((await findVerifiedSchools(db, { q: "New School" })).rows.map((s) => s.id)).not.toContain(schoolId);

    const staff = await createActor(["STAFF"]);
    const queue = await listPendingMemberships(db, staff, { size: 100, sort: "requestedAt", dir: "desc" });
    expect(queue.rows.find((row) => row.userId === founder.id)).toMatchObject({ organization: { verifiedAt: null }, decisions: ["approve", "decline"] });

    const before = await countPendingMemberships(db);
    await approveMembership(db, staff, { organizationId: schoolId, userId: founder.id });
    expect(await countPendingMemberships(db)).toBe(before - 1);
    const verified = await reload(founder.id);
    expect(verified).toMatchObject({ roles: ["SCHOOL_COORDINATOR"], pendingRoles: [], memberships: [{ verified: true }] });
    expect(ledOrganisationIds(verified)).toEqual([schoolId]);
    expect(await db.organization.findUniqueOrThrow({ where: { id: schoolId } })).toMatchObject({ verifiedById: staff.id, verifiedAt: expect.any(Date) });
    expect(await db.auditLog.count({ where: { entity: "Organization", entityId: schoolId, action: "organization.verify", actorId: staff.id } })).toBe(1);
    expect((await findVerifiedSchools(db, { q: "Rawalpindi" })).rows.map((s) => s.id)).toContain(schoolId);
  });

  it("a lead's approval never reaches an unverified organisation (policy)", () => {
    const lead = { id: "lead", email: "l@x", name: "L", locale: "en", roles: [], pendingRoles: [], memberships: [{ organizationId: "o1", kind: "SCHOOL" as const, role: "LEAD" as const, verified: true }] };
    const facts = { organizationId: "o1", userId: "u2", verifiedAt: null, declinedAt: null, organization: { verifiedAt: null } };
    expect(membershipRefusal(lead, facts)).toBe("forbidden");
    expect(membershipRefusal(lead, { ...facts, organization: { verifiedAt: new Date() } })).toBeNull();
    expect(membershipRefusal(lead, { ...facts, organizationId: "o2", organization: { verifiedAt: new Date() } })).toBe("notFound");
  });

  it("staff verify an organisation once; its verified leads are told; others may not", async () => {
    const staff = await createActor(["STAFF"]);
    const business = await createActor(["BUSINESS"], { verified: false });
    const organizationId = business.memberships[0].organizationId;
    await db.membership.update({ where: { organizationId_userId: { organizationId, userId: business.id } }, data: { verifiedAt: new Date() } });
    await expect(rejection(verifyOrganisation(db, business, { organizationId }))).resolves.toMatchObject({ code: "forbidden" });
    await verifyOrganisation(db, staff, { organizationId });
    expect((await reload(business.id)).roles).toEqual(["BUSINESS"]);
    expect(await db.outboxMessage.count({ where: { userId: business.id, template: "account.organisationVerified" } })).toBe(1);
    await expect(rejection(verifyOrganisation(db, staff, { organizationId }))).resolves.toMatchObject({ code: "conflict", messageKey: "errors.organisationAlreadyVerified" });
    await expect(rejection(verifyOrganisation(db, staff, { organizationId: "no-such-organisation" }))).resolves.toMatchObject({ code: "not_found" });
  });
});

describe("lists", () => {
  it("staff see every pending membership; a lead only their school's; anyone else is refused", async () => {
    const staff = await createActor(["STAFF"]);
    const a = await schoolWithLead();
    const b = await schoolWithLead();
    const inA = [await requester(a.schoolId, "Aa Teacher"), await requester(a.schoolId, "Ab Teacher"), await requester(a.schoolId, "Ac Teacher")];
    const inB = await requester(b.schoolId, "Ba Teacher");

    const forLead = await listPendingMemberships(db, a.lead, { size: 10, sort: "person", dir: "desc" });
    expect(forLead.total).toBe(3);
    expect(forLead.rows.map((r) => r.user.name)).toEqual(["Ac Teacher", "Ab Teacher", "Aa Teacher"]);
    expect(forLead.rows.every((r) => r.organizationId === a.schoolId && r.decisions.length === 2)).toBe(true);

    const paged = await listPendingMemberships(db, a.lead, { size: 10, page: 2 });
    expect(paged).toMatchObject({ rows: [], total: 3, page: 2, pageCount: 1 });

    const all = await listPendingMemberships(db, staff, { size: 100, sort: "requestedAt", dir: "desc", kind: "SCHOOL" });
    const ids = all.rows.map((r) => r.userId);
    for (const teacher of [...inA, inB]) expect(ids).toContain(teacher.id);
    expect(all.rows.every((r) => r.organization.kind === "SCHOOL")).toBe(true);

    await expect(rejection(listPendingMemberships(db, await createActor(["MEMBER"]), {}))).resolves.toMatchObject({ code: "forbidden" });
    await expect(rejection(listPendingMemberships(db, await createActor(["SCHOOL_COORDINATOR"], { organizationId: a.schoolId }), {}))).resolves.toMatchObject({ code: "forbidden" });
    await expect(rejection(listPendingMemberships(db, null, {}))).resolves.toMatchObject({ code: "unauthenticated" });
  });

  it("a lead sees the school's people by status, with decisions only on open requests", async () => {
    const { lead, schoolId } = await schoolWithLead("Zed Lead");
    const approved = await requester(schoolId, "Approved Teacher");
    const declined = await requester(schoolId, "Declined Teacher");
    const waiting = await requester(schoolId, "Waiting Teacher");
    await approveMembership(db, lead, { organizationId: schoolId, userId: approved.id });
    await declineMembership(db, lead, { organizationId: schoolId, userId: declined.id, reason: "Not at this school." });

    const everyone = await listOrganisationMembers(db, lead, { organizationId: schoolId, sort: "person", dir: "asc" });
    expect(everyone.members.rows.map((r) => [r.user.name, r.status, r.decisions.length])).toEqual([
      ["Approved Teacher", "verified", 0],
      ["Declined Teacher", "declined", 0],
      ["Waiting Teacher", "pending", 2],
      ["Zed Lead", "verified", 0],
    ]);
    const pending = await listOrganisationMembers(db, lead, { organizationId: schoolId, status: "pending" });
    expect(pending.members.rows.map((r) => r.userId)).toEqual([waiting.id]);
    await expect(rejection(listOrganisationMembers(db, lead, { organizationId: schoolId, status: "everyone" }))).resolves.toMatchObject({ code: "invalid" });
  });

  it("finds verified schools by name or city, paged, never unverified ones", async () => {
    const tag = `Tagged${uniq()}`;
    for (let i = 0; i < 12; i++) await db.organization.create({ data: { kind: "SCHOOL", name: `${tag} School ${String(i).padStart(2, "0")}`, city: "Islamabad", verifiedAt: new Date() } });
    await db.organization.create({ data: { kind: "SCHOOL", name: `${tag} Unverified School`, city: "Islamabad" } });
    await db.organization.create({ data: { kind: "BUSINESS", name: `${tag} Company`, city: "Islamabad", verifiedAt: new Date() } });
    await db.organization.create({ data: { kind: "SCHOOL", name: "Hillside School", city: `${tag}abad`, verifiedAt: new Date() } });

    const first = await findVerifiedSchools(db, { q: tag.toLowerCase(), size: 10 });
    expect(first).toMatchObject({ total: 13, pageCount: 2, page: 1 });
    expect(first.rows[0].name).toBe("Hillside School");
    expect(first.rows[1].name).toBe(`${tag} School 00`);
    const second = await findVerifiedSchools(db, { q: tag, size: 10, page: 2 });
    expect(second.rows.map((s) => s.name)).toEqual([`${tag} School 09`, `${tag} School 10`, `${tag} School 11`]);
    await expect(rejection(findVerifiedSchools(db, { q: `a\u0000b` }))).resolves.toMatchObject({ code: "invalid" });
  });
});
