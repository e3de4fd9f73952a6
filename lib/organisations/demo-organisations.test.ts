import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/factories";
import { ACTOR_INCLUDE, toActor } from "@/lib/auth/actor";
import { DEMO_ACCOUNTS, seedAccounts } from "@/prisma/seed-data/accounts";
import { DEMO_ORGANISATIONS } from "@/prisma/seed-data/organisations";

const actorByEmail = async (email: string) => toActor(await db.user.findUniqueOrThrow({ where: { email }, include: ACTOR_INCLUDE }));
const emailOf = (key: string) => DEMO_ACCOUNTS.find((a) => a.key === key)!.email;

/** Every row the accounts seed writes, with its timestamps: a second run must leave them as they were. */
const snapshot = async () => ({
  users: await db.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } }, orderBy: { email: "asc" } }),
  roles: await db.userRole.findMany({ where: { user: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } }, orderBy: [{ userId: "asc" }, { role: "asc" }] }),
  organisations: await db.organization.findMany({ where: { name: { in: DEMO_ORGANISATIONS.map((o) => o.name) } }, orderBy: { id: "asc" } }),
  memberships: await db.membership.findMany({ where: { organization: { name: { in: DEMO_ORGANISATIONS.map((o) => o.name) } } }, orderBy: [{ organizationId: "asc" }, { userId: "asc" }] }),
});

describe("demo schools and companies", () => {
  it("seeds colleagues of one verified school, a school awaiting staff and a verified company, idempotently", async () => {
    const now = new Date("2026-11-28T09:00:00Z");
    await seedAccounts(db, now);
    const first = await snapshot();
    await seedAccounts(db, new Date("2026-11-29T09:00:00Z"));
    expect(await snapshot()).toEqual(first);

    const coordinator = await actorByEmail(emailOf("coordinator"));
    const colleague = await actorByEmail(emailOf("colleague"));
    expect(coordinator).toMatchObject({ roles: ["SCHOOL_COORDINATOR"], memberships: [{ kind: "SCHOOL", role: "LEAD", verified: true }] });
    expect(colleague).toMatchObject({ roles: ["SCHOOL_COORDINATOR"], memberships: [{ kind: "SCHOOL", role: "MEMBER", verified: true }] });
    expect(colleague.memberships[0].organizationId).toBe(coordinator.memberships[0].organizationId);
    expect(await actorByEmail(emailOf("pendingCoordinator"))).toMatchObject({ roles: [], pendingRoles: ["SCHOOL_COORDINATOR"], memberships: [{ role: "LEAD", verified: false }] });
    expect(await actorByEmail(emailOf("business"))).toMatchObject({ roles: ["BUSINESS"], memberships: [{ kind: "BUSINESS", role: "LEAD", verified: true }] });
  });

  it("restores the demo state when someone changed it while trying the demo", async () => {
    await seedAccounts(db, new Date());
    const pending = await actorByEmail(emailOf("pendingCoordinator"));
    const schoolId = pending.memberships[0].organizationId;
    await db.organization.update({ where: { id: schoolId }, data: { verifiedAt: new Date() } });
    await db.membership.update({ where: { organizationId_userId: { organizationId: schoolId, userId: pending.id } }, data: { verifiedAt: new Date() } });
    expect((await actorByEmail(emailOf("pendingCoordinator"))).roles).toEqual(["SCHOOL_COORDINATOR"]);
    await seedAccounts(db, new Date());
    expect(await actorByEmail(emailOf("pendingCoordinator"))).toMatchObject({ roles: [], pendingRoles: ["SCHOOL_COORDINATOR"] });
  });
});
