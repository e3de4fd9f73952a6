import { beforeAll, describe, expect, it } from "vitest";
import type { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { db, createActor, uniq } from "@/tests/support/factories";
import { createExhibition } from "./create-exhibition";
import { updateExhibition } from "./update-exhibition";
import { publishExhibition } from "./publish-exhibition";
import { createExhibit } from "./create-exhibit";
import { updateExhibit } from "./update-exhibit";
import { moveExhibit } from "./move-exhibit";
import { getStaffExhibition } from "./get-staff-exhibition";
import { listStaffExhibitions } from "./list-staff-exhibitions";
import { listExhibitions } from "./catalogue";

const rejection = (promise: Promise<unknown>) => promise.then(() => { throw new Error("expected a refusal"); }, (e: DomainError) => e);

let staff: Actor;
let outsiders: [string, Actor | null][];
beforeAll(async () => {
  staff = await createActor(["STAFF"]);
  outsiders = [
    ["coordinator", await createActor(["SCHOOL_COORDINATOR"])],
    ["member", await createActor(["MEMBER"])],
    ["anonymous", null],
  ];
});

const exhibitionInput = (overrides: Record<string, unknown> = {}) => ({
  slug: `space-${uniq()}`,
  era: "MODERN",
  title: "Space pioneers",
  summary: "Rockets and satellites.",
  description: "From Sputnik to the ISS.",
  ageMin: "8",
  ageMax: "16",
  durationMinutes: "90",
  tourLanguages: ["en", "ur"],
  minGroupSize: "5",
  maxGroupSize: "60",
  translations: { ur: { title: "خلائی پیش رو", summary: "" }, ru: {} },
  ...overrides,
});

const exhibitInput = (exhibitionId: string, invention: string) => ({ exhibitionId, invention, inventor: "Someone", year: "1957", story: "A story.", translations: {} });

describe("exhibitions in the back office", () => {
  it("staff create an unpublished exhibition with optional translations; empty texts fall back to English; audited", async () => {
    const created = await createExhibition(db, staff, exhibitionInput());
    expect(created).toMatchObject({ published: false, title: "Space pioneers", translations: { ur: { title: "خلائی پیش رو" } } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: created.id } });
    expect(audit).toMatchObject({ action: "exhibition.create", actorId: staff.id, before: null, after: { slug: created.slug } });
    await expect(rejection(createExhibition(db, staff, exhibitionInput({ slug: created.slug })))).resolves.toMatchObject({ code: "conflict", messageKey: "fieldTrips.errors.slugTaken" });
  });

  it("refuses bad input with field errors, NUL bytes included, and writes nothing", async () => {
    const before = await db.exhibition.count();
    const cases: [Record<string, unknown>, string][] = [
      [{ title: "" }, "title"],
      [{ title: "Bad\u0000title" }, "title"],
      [{ translations: { ur: { title: "nul\u0000" } } }, "translations.ur.title"],
      [{ translations: { xx: { title: "?" } } }, "translations"],
      [{ translations: { ur: { colour: "red" } } }, "translations.ur"],
      [{ slug: "Not A Slug" }, "slug"],
      [{ ageMin: "16", ageMax: "8" }, "ageMax"],
      [{ tourLanguages: [] }, "tourLanguages"],
    ];
    for (const [overrides, path] of cases) {
      const error = await rejection(createExhibition(db, staff, exhibitionInput(overrides)));
      expect(error.code, JSON.stringify(overrides)).toBe("invalid");
      expect(error.issues.map((i) => i.path).some((p) => p.startsWith(path)), `${path}: ${JSON.stringify(error.issues)}`).toBe(true);
    }
    expect(await db.exhibition.count()).toBe(before);
  });

  it("only staff may manage exhibitions", async () => {
    const exhibition = await createExhibition(db, staff, exhibitionInput());
    for (const [who, actor] of outsiders) {
      const code = actor ? "forbidden" : "unauthenticated";
      await expect(rejection(createExhibition(db, actor, exhibitionInput())), who).resolves.toMatchObject({ code });
      await expect(rejection(updateExhibition(db, actor, { exhibitionId: exhibition.id, ...exhibitionInput() })), who).resolves.toMatchObject({ code });
      await expect(rejection(publishExhibition(db, actor, { exhibitionId: exhibition.id, published: "true" })), who).resolves.toMatchObject({ code });
      await expect(rejection(createExhibit(db, actor, exhibitInput(exhibition.id, "x"))), who).resolves.toMatchObject({ code });
      await expect(rejection(listStaffExhibitions(db, actor, {})), who).resolves.toMatchObject({ code });
      await expect(rejection(getStaffExhibition(db, actor, exhibition.id)), who).resolves.toMatchObject({ code });
    }
    await expect(rejection(getStaffExhibition(db, staff, "no-such-id"))).resolves.toMatchObject({ code: "not_found" });
    await expect(rejection(updateExhibition(db, staff, { exhibitionId: "no-such-id", ...exhibitionInput() }))).resolves.toMatchObject({ code: "not_found" });
  });

  it("edits texts in five languages with before and after audited; publishing shows it in the public catalogue", async () => {
    const exhibition = await createExhibition(db, staff, exhibitionInput());
    expect((await listExhibitions(db, {}, "ur")).exhibitions.map((e) => e.id)).not.toContain(exhibition.id);
    const translations = { ur: { title: "خلائی سفر کے پیش رو", summary: "راکٹ", description: "اسپٹنک" }, ru: { title: "Пионеры космоса" } };
    const updated = await updateExhibition(db, staff, { ...exhibitionInput({ slug: exhibition.slug, translations }), exhibitionId: exhibition.id });
    expect(updated.translations).toEqual(translations);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: exhibition.id, action: "exhibition.update" } });
    expect(audit.before).toMatchObject({ translations: { ur: { title: "خلائی پیش رو" } } });
    expect(audit.after).toMatchObject({ translations });

    await publishExhibition(db, staff, { exhibitionId: exhibition.id, published: "true" });
    expect((await listExhibitions(db, {}, "ur")).exhibitions.map((e) => e.id)).toContain(exhibition.id);
    await publishExhibition(db, staff, { exhibitionId: exhibition.id, published: "false" });
    expect((await listExhibitions(db, {}, "ur")).exhibitions.map((e) => e.id)).not.toContain(exhibition.id);
    expect((await db.auditLog.findMany({ where: { entityId: exhibition.id }, orderBy: { createdAt: "asc" } })).map((a) => a.action)).toEqual([
      "exhibition.create",
      "exhibition.update",
      "exhibition.publish",
      "exhibition.unpublish",
    ]);
  });

  it("lists every exhibition for staff, paged, with a translation completeness", async () => {
    const exhibition = await createExhibition(db, staff, exhibitionInput({ translations: {} }));
    await createExhibit(db, staff, exhibitInput(exhibition.id, "Sputnik"));
    const all = await listStaffExhibitions(db, staff, { size: "100" });
    const row = all.rows.find((r) => r.id === exhibition.id);
    expect(row).toMatchObject({ published: false, exhibitCount: 1, completeness: 0 });
    await updateExhibition(db, staff, {
      ...exhibitionInput({ slug: exhibition.slug }),
      exhibitionId: exhibition.id,
      translations: Object.fromEntries(["ru", "ur", "zh", "fa"].map((l) => [l, { title: "t", summary: "s", description: "d" }])),
    });
    const after = (await listStaffExhibitions(db, staff, { size: "100" })).rows.find((r) => r.id === exhibition.id);
    // The exhibition's 3 texts are done in 4 languages, the exhibit's 3 are not: half.
    expect(after?.completeness).toBe(0.5);
    const firstPage = await listStaffExhibitions(db, staff, { size: "10", sort: "title" });
    expect(firstPage.rows.length).toBeLessThanOrEqual(10);
    expect(firstPage.total).toBe(await db.exhibition.count());
  });
});

describe("exhibits", () => {
  it("staff add exhibits at the end, edit their translations and reorder them, all audited", async () => {
    const exhibition = await createExhibition(db, staff, exhibitionInput());
    const a = await createExhibit(db, staff, exhibitInput(exhibition.id, "Sputnik"));
    const b = await createExhibit(db, staff, exhibitInput(exhibition.id, "Vostok"));
    const c = await createExhibit(db, staff, exhibitInput(exhibition.id, "Mir"));
    expect([a.position, b.position, c.position]).toEqual([1, 2, 3]);
    const order = async () => (await getStaffExhibition(db, staff, exhibition.id)).exhibits.map((e) => e.invention);

    await moveExhibit(db, staff, { exhibitId: c.id, direction: "up" });
    expect(await order()).toEqual(["Sputnik", "Mir", "Vostok"]);
    await moveExhibit(db, staff, { exhibitId: a.id, direction: "up" }); // already first: nothing changes
    await moveExhibit(db, staff, { exhibitId: a.id, direction: "down" });
    expect(await order()).toEqual(["Mir", "Sputnik", "Vostok"]);
    await expect(rejection(moveExhibit(db, staff, { exhibitId: a.id, direction: "sideways" }))).resolves.toMatchObject({ code: "invalid" });

    const edited = await updateExhibit(db, staff, { exhibitId: b.id, invention: "Vostok 1", inventor: "Korolev", year: "1961", story: "First human in space.", translations: { ur: { invention: "ووستوک 1" } } });
    expect(edited).toMatchObject({ invention: "Vostok 1", translations: { ur: { invention: "ووستوک 1" } } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: b.id, action: "exhibit.update" } });
    expect(audit).toMatchObject({ before: { invention: "Vostok" }, after: { invention: "Vostok 1" } });
    expect(await db.auditLog.count({ where: { entity: "Exhibit", action: "exhibit.move", entityId: { in: [a.id, c.id] } } })).toBe(2);

    await expect(rejection(updateExhibit(db, staff, { exhibitId: b.id, invention: "x\u0000", inventor: "y", year: "1961", story: "z" }))).resolves.toMatchObject({ code: "invalid" });
    await expect(rejection(updateExhibit(db, outsiders[0][1], { exhibitId: b.id, invention: "x", inventor: "y", year: "1961", story: "z" }))).resolves.toMatchObject({ code: "forbidden" });
    await expect(rejection(moveExhibit(db, outsiders[1][1], { exhibitId: b.id, direction: "up" }))).resolves.toMatchObject({ code: "forbidden" });
  });

  it("concurrent additions and moves keep positions unique and dense", async () => {
    const exhibition = await createExhibition(db, staff, exhibitionInput());
    await Promise.all(Array.from({ length: 6 }, (_, i) => createExhibit(db, staff, exhibitInput(exhibition.id, `E${i}`))));
    const exhibits = (await getStaffExhibition(db, staff, exhibition.id)).exhibits;
    expect(exhibits.map((e) => e.position)).toEqual([1, 2, 3, 4, 5, 6]);
    await Promise.all(exhibits.map((e, i) => moveExhibit(db, staff, { exhibitId: e.id, direction: i % 2 ? "up" : "down" })));
    expect((await getStaffExhibition(db, staff, exhibition.id)).exhibits.map((e) => e.position)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
