import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { DomainError } from "@/lib/errors";
import { db, createActor } from "@/tests/support/factories";
import { createExhibition as createExhibitionRow } from "@/lib/field-trips/testing/factories";
import { publishExhibition } from "@/lib/field-trips/publish-exhibition";
import { centerDateOf } from "@/lib/time/center-time";
import { exportAuditEntries, listAuditEntries } from "./list-audit-entries";
import { auditCsv } from "./csv";
import { auditDiff } from "./diff";

const rejection = (promise: Promise<unknown>) => promise.then(() => { throw new Error("expected a refusal"); }, (e: DomainError) => e);

let staff: Actor;
let admin: Actor;
beforeAll(async () => {
  [staff, admin] = await Promise.all([createActor(["STAFF"]), createActor(["ADMIN"])]);
  staff.client = { ip: "203.0.113.7", userAgent: "TestBrowser/1.0" };
});

describe("audit log is append-only", () => {
  it("PostgreSQL refuses UPDATE, DELETE and TRUNCATE of audit rows, whoever asks", async () => {
    const exhibition = await createExhibitionRow({ published: false });
    await publishExhibition(db, staff, { exhibitionId: exhibition.id, published: "true" });
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: exhibition.id } });
    await expect(db.auditLog.update({ where: { id: entry.id }, data: { action: "forged" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`UPDATE "AuditLog" SET "after" = NULL WHERE id = $1`, entry.id)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ action: "exhibition.publish" });
  });

  it("keeps the history of a deleted account, anonymised (the foreign key's SET NULL is the one change allowed)", async () => {
    const leaving = await createActor(["STAFF"]);
    const exhibition = await createExhibitionRow({ published: false });
    await publishExhibition(db, leaving, { exhibitionId: exhibition.id, published: "true" });
    await db.userRole.deleteMany({ where: { userId: leaving.id } });
    await db.user.delete({ where: { id: leaving.id } });
    expect(await db.auditLog.findFirstOrThrow({ where: { entityId: exhibition.id } })).toMatchObject({ actorId: null, action: "exhibition.publish" });
  });
});

describe("audit viewer", () => {
  it("filters by actor, entity, action, record and date, pages and sorts, for staff only", async () => {
    const staff = await createActor(["STAFF"]);
    staff.client = { ip: "203.0.113.7", userAgent: "TestBrowser/1.0" };
    const exhibitions = await Promise.all([1, 2, 3].map(() => createExhibitionRow({ published: false })));
    for (const exhibition of exhibitions) await publishExhibition(db, staff, { exhibitionId: exhibition.id, published: "true" });
    await publishExhibition(db, admin, { exhibitionId: exhibitions[0].id, published: "false" });

    const mine = await listAuditEntries(db, staff, { actor: staff.email, entity: "Exhibition", size: "10" });
    expect(mine.total).toBe(3);
    expect(mine.rows[0]).toMatchObject({ ip: "203.0.113.7", userAgent: "TestBrowser/1.0", actor: { email: staff.email } });
    expect(mine.rows.map((r) => r.createdAt.getTime())).toEqual([...mine.rows.map((r) => r.createdAt.getTime())].sort((a, b) => b - a));

    const history = await listAuditEntries(db, staff, { entity: "Exhibition", entityId: exhibitions[0].id, sort: "createdAt", dir: "asc" });
    expect(history.rows.map((r) => r.action)).toEqual(["exhibition.publish", "exhibition.unpublish"]);
    expect(history.rows[1]).toMatchObject({ before: { published: true }, after: { published: false }, actorId: admin.id });

    expect((await listAuditEntries(db, staff, { action: "exhibition.unpublish", actor: admin.id })).total).toBe(1);
    const today = centerDateOf(new Date());
    expect((await listAuditEntries(db, staff, { actor: staff.id, from: today, to: today })).total).toBe(3);
    expect((await listAuditEntries(db, staff, { actor: staff.id, from: "2020-01-01", to: "2020-01-02" })).total).toBe(0);
    const paged = await listAuditEntries(db, staff, { actor: staff.id, size: "10", page: "2" });
    expect(paged).toMatchObject({ total: 3, page: 2, rows: [] });

    await expect(rejection(listAuditEntries(db, staff, { from: "2026-02-02", to: "2026-01-01" }))).resolves.toMatchObject({ code: "invalid" });
    await expect(rejection(listAuditEntries(db, staff, { actor: "a\u0000b" }))).resolves.toMatchObject({ code: "invalid" });
    for (const roles of [["SCHOOL_COORDINATOR"], ["MEMBER"]] as const) {
      await expect(rejection(listAuditEntries(db, await createActor([...roles]), {}))).resolves.toMatchObject({ code: "forbidden" });
    }
    await expect(rejection(listAuditEntries(db, null, {}))).resolves.toMatchObject({ code: "unauthenticated" });
  });

  it("exports exactly the filtered rows as formula-safe CSV", async () => {
    const exhibition = await createExhibitionRow({ published: false, title: "=HYPERLINK(\"x\")" });
    await publishExhibition(db, staff, { exhibitionId: exhibition.id, published: "true" });
    await publishExhibition(db, staff, { exhibitionId: exhibition.id, published: "false" });
    const rows = await exportAuditEntries(db, staff, { entityId: exhibition.id, sort: "createdAt", dir: "asc", page: "1", size: "10" });
    expect(rows.map((r) => r.action)).toEqual(["exhibition.publish", "exhibition.unpublish"]);
    const csv = auditCsv([...rows, { ...rows[0], userAgent: "=cmd|' /C calc'!A0" }]);
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe("createdAt,actorEmail,actorId,action,entity,entityId,before,after,ip,userAgent");
    expect(lines[1]).toContain(`exhibition.publish,Exhibition,${exhibition.id}`);
    expect(lines[3].endsWith(",'=cmd|' /C calc'!A0")).toBe(true);
    await expect(rejection(exportAuditEntries(db, await createActor(["SCHOOL_COORDINATOR"]), {}))).resolves.toMatchObject({ code: "forbidden" });
  });

  it("diffs before and after key by key", () => {
    expect(auditDiff({ a: 1, b: "x", c: [1] }, { a: 1, b: "y", d: true })).toEqual([
      { key: "a", kind: "unchanged", before: "1", after: "1" },
      { key: "b", kind: "changed", before: "x", after: "y" },
      { key: "c", kind: "removed", before: "[\n 1\n]", after: undefined },
      { key: "d", kind: "added", before: undefined, after: "true" },
    ]);
    expect(auditDiff(null, null)).toEqual([]);
  });
});
