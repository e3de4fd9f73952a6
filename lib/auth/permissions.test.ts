import { describe, expect, it } from "vitest";
import { ROLE_ORGANIZATION, toActor } from "./actor";
import { can, requirePermission } from "./authorize";
import type { GrantedPermission } from "./permissions";
import type { Role } from "@/lib/generated/prisma/enums";

// Roles tied to an organisation kind come with a membership of such an organisation: both verified, or neither.
const actorWith = (roles: Role[], verified = true) =>
  toActor({
    id: "u1",
    email: "a@b.c",
    name: "A",
    locale: "en",
    roles: roles.map((role) => ({ role })),
    memberships: roles.flatMap((role) => {
      const kind = ROLE_ORGANIZATION[role];
      const verifiedAt = verified ? new Date() : null;
      return kind ? [{ organizationId: `org-${kind}`, role: "LEAD" as const, verifiedAt, organization: { kind, verifiedAt } }] : [];
    }),
  });

// Every role × a representative permission of each area: allowed (true) or denied (false).
const TABLE: [GrantedPermission, Record<Role, boolean>][] = [
  ["book:fieldTrip:own", { MEMBER: false, SCHOOL_COORDINATOR: true, TEACHER: false, BUSINESS: false, STAFF: false, ADMIN: false }],
  ["manage:fieldTrip:any", { MEMBER: false, SCHOOL_COORDINATOR: false, TEACHER: false, BUSINESS: false, STAFF: true, ADMIN: true }],
  ["register:event:own", { MEMBER: true, SCHOOL_COORDINATOR: false, TEACHER: false, BUSINESS: false, STAFF: false, ADMIN: false }],
  ["reserve:room:own", { MEMBER: true, SCHOOL_COORDINATOR: false, TEACHER: false, BUSINESS: true, STAFF: false, ADMIN: false }],
  ["read:roster:own", { MEMBER: false, SCHOOL_COORDINATOR: false, TEACHER: true, BUSINESS: false, STAFF: false, ADMIN: false }],
  ["request:introduction:own", { MEMBER: false, SCHOOL_COORDINATOR: false, TEACHER: false, BUSINESS: true, STAFF: false, ADMIN: false }],
  ["read:backOffice:any", { MEMBER: false, SCHOOL_COORDINATOR: false, TEACHER: false, BUSINESS: false, STAFF: true, ADMIN: true }],
  ["verify:account:any", { MEMBER: false, SCHOOL_COORDINATOR: false, TEACHER: false, BUSINESS: false, STAFF: true, ADMIN: true }],
  ["manage:user:any", { MEMBER: false, SCHOOL_COORDINATOR: false, TEACHER: false, BUSINESS: false, STAFF: false, ADMIN: true }],
];

describe("permissions table", () => {
  for (const [permission, expected] of TABLE) {
    for (const [role, allowed] of Object.entries(expected) as [Role, boolean][]) {
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can(actorWith([role]), permission)).toBe(allowed);
      });
    }
  }

  it("denies everything to the signed-out", () => {
    for (const [permission] of TABLE) expect(can(null, permission)).toBe(false);
    expect(() => requirePermission(null, "read:backOffice:any")).toThrow(expect.objectContaining({ code: "unauthenticated" }));
  });

  it("gives unverified coordinators and businesses nothing yet, and says why", () => {
    const pending = actorWith(["SCHOOL_COORDINATOR"], false);
    expect(pending.roles).toEqual([]);
    expect(can(pending, "book:fieldTrip:own")).toBe(false);
    expect(() => requirePermission(pending, "book:fieldTrip:own")).toThrow(expect.objectContaining({ messageKey: "errors.verificationPending" }));
    expect(() => requirePermission(actorWith(["BUSINESS"], false), "update:business:own")).toThrow(expect.objectContaining({ code: "forbidden" }));
  });

  it("counts a coordinator only with a verified membership of a verified school", () => {
    const school = (membership: Date | null, organisation: Date | null, kind: "SCHOOL" | "BUSINESS" = "SCHOOL") =>
      toActor({
        id: "u2",
        email: "c@d.e",
        name: "C",
        locale: "en",
        roles: [{ role: "SCHOOL_COORDINATOR" }],
        memberships: [{ organizationId: "s1", role: "MEMBER", verifiedAt: membership, organization: { kind, verifiedAt: organisation } }],
      });
    const now = new Date();
    expect(school(now, now)).toMatchObject({ roles: ["SCHOOL_COORDINATOR"], pendingRoles: [], memberships: [{ organizationId: "s1", kind: "SCHOOL", verified: true }] });
    expect(school(null, now)).toMatchObject({ roles: [], pendingRoles: ["SCHOOL_COORDINATOR"] });
    expect(school(now, null)).toMatchObject({ roles: [], pendingRoles: ["SCHOOL_COORDINATOR"] });
    // A verified business does not make anyone a school coordinator.
    expect(school(now, now, "BUSINESS")).toMatchObject({ roles: [], pendingRoles: ["SCHOOL_COORDINATOR"] });
  });

  it("combines the rights of several roles", () => {
    const both = actorWith(["MEMBER", "SCHOOL_COORDINATOR"]);
    expect(can(both, "register:event:own") && can(both, "book:fieldTrip:own")).toBe(true);
  });
});
