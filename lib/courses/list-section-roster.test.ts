import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { isDomainError } from "@/lib/errors";
import { createActor, db } from "@/tests/support/factories";
import { createLearner, createSection } from "./testing/factories";
import { createEnrollment } from "./testing/roster-factories";
import { exportSectionRoster, listSectionRoster } from "./list-section-roster";
import { RosterExportQuerySchema, RosterQuerySchema } from "./roster-schemas";
import { ROSTER_CSV_COLUMNS, rosterCsv, rosterCsvFilename } from "./api/roster-csv";

let staff: Actor, parent: Actor, adult: Actor, teacher: Actor, otherTeacher: Actor, member: Actor;
let section: Awaited<ReturnType<typeof createSection>>;
const year = new Date().getUTCFullYear();

const query = (input: Record<string, string> = {}) => RosterQuerySchema.parse(input);

beforeAll(async () => {
  [staff, parent, adult, teacher, otherTeacher, member] = await Promise.all([
    createActor(["STAFF"]),
    createActor(["MEMBER"], { name: "Farah Qureshi" }),
    createActor(["MEMBER"], { name: "Omar Baig" }),
    createActor(["TEACHER"]),
    createActor(["TEACHER"]),
    createActor(["MEMBER"]),
  ]);
  section = await createSection({ teacherId: teacher.id, capacity: 2, audience: "ADULTS" });
  // In queue order: Alina enrolled (paid), Omar offered, Zara and Bilal waitlisted, Dmitri cancelled.
  const people = [
    { name: "Alina Khan", status: "ENROLLED", paymentStatus: "PAID", receiptReference: "R-100", guardianIds: [parent.id] },
    { name: "Omar Baig", status: "OFFERED", selfOf: adult.id },
    { name: "Zara Malik", status: "WAITLISTED", guardianIds: [parent.id] },
    { name: "Bilal Ahmed", status: "WAITLISTED", guardianIds: [parent.id], paymentStatus: "WAIVED" },
    { name: "Dmitri Orlov", status: "CANCELLED", guardianIds: [parent.id] },
  ] as const;
  for (const person of people) {
    const learner = await createLearner({ name: person.name, birthYear: year - 30, ...("selfOf" in person ? { selfOf: person.selfOf } : { guardianIds: [...person.guardianIds] }) });
    await createEnrollment({
      sectionId: section.id,
      learnerId: learner.id,
      enrolledById: "selfOf" in person ? adult.id : parent.id,
      status: person.status,
      paymentStatus: "paymentStatus" in person ? person.paymentStatus : undefined,
      receiptReference: "receiptReference" in person ? person.receiptReference : undefined,
    });
  }
});

afterAll(async () => {
  await db.$disconnect();
});

async function codeOf(call: Promise<unknown>) {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  return isDomainError(error) ? error.code : error;
}

/** CSV rows as records by header; these rows hold no quoted cells (checked), so commas split them. */
function parse(csv: string): Record<string, string>[] {
  expect(csv).not.toContain('"');
  const [header, ...lines] = csv.trimEnd().split("\r\n").map((line) => line.split(","));
  return lines.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]])));
}

const names = (rows: { learner: { name: string } }[]) => rows.map((row) => row.learner.name);

describe("a section's roster for staff", () => {
  it("lists the live enrollments in queue order, waitlisted ones with their position, and counts each status", async () => {
    const { roster, counts, section: heading } = await listSectionRoster(db, staff, section.id, query());
    expect(heading.course.id).toBe(section.courseId);
    expect(names(roster.rows)).toEqual(["Alina Khan", "Omar Baig", "Zara Malik", "Bilal Ahmed"]);
    expect(roster.rows.map((row) => row.position)).toEqual([null, null, 1, 2]);
    expect(roster.total).toBe(4);
    expect(counts).toEqual({ ENROLLED: 1, OFFERED: 1, WAITLISTED: 2, CANCELLED: 1 });
    // A child's guardians come with the row, for staff to reach them.
    expect(roster.rows[0].learner.guardians.map((g) => g.user.name)).toEqual(["Farah Qureshi"]);
  });

  it("filters by status, payment and part of the name; positions stay those of the whole waitlist", async () => {
    expect(names((await listSectionRoster(db, staff, section.id, query({ status: "CANCELLED" }))).roster.rows)).toEqual(["Dmitri Orlov"]);
    const waived = await listSectionRoster(db, staff, section.id, query({ payment: "WAIVED" }));
    expect(waived.roster.rows.map((row) => [row.learner.name, row.position])).toEqual([["Bilal Ahmed", 2]]);
    expect(names((await listSectionRoster(db, staff, section.id, query({ q: "mal" }))).roster.rows)).toEqual(["Zara Malik"]);
    expect(names((await listSectionRoster(db, staff, section.id, query({ status: "WAITLISTED", q: "a", sort: "name" }))).roster.rows)).toEqual([
      "Bilal Ahmed",
      "Zara Malik",
    ]);
  });

  it("sorts and pages without repeating a row", async () => {
    const byName = await listSectionRoster(db, staff, section.id, query({ sort: "name", dir: "desc" }));
    expect(names(byName.roster.rows)).toEqual(["Zara Malik", "Omar Baig", "Bilal Ahmed", "Alina Khan"]);
    const first = await listSectionRoster(db, staff, section.id, query({ size: "10", page: "1" }));
    expect(first.roster).toMatchObject({ page: 1, size: 10, pageCount: 1, total: 4 });
  });

  it("refuses a bad filter at the boundary", () => {
    expect(RosterQuerySchema.safeParse({ status: "EXPELLED" }).success).toBe(false);
    expect(RosterQuerySchema.safeParse({ payment: "SOMETIMES" }).success).toBe(false);
    expect(RosterQuerySchema.safeParse({ q: "x".repeat(101) }).success).toBe(false);
    expect(RosterQuerySchema.safeParse({ q: "a\u0000b" }).success).toBe(false);
    // Empty filter fields mean "any", as a GET form sends them.
    expect(RosterQuerySchema.parse({ status: "", payment: "", q: "  " })).toMatchObject({ status: undefined, payment: undefined, q: undefined });
  });

  it("is staff's: a member is refused, anyone asking for an unknown section gets 404", async () => {
    expect(await codeOf(listSectionRoster(db, member, section.id))).toBe("forbidden");
    expect(await codeOf(listSectionRoster(db, parent, section.id))).toBe("forbidden");
    expect(await codeOf(listSectionRoster(db, otherTeacher, section.id))).toBe("forbidden");
    expect(await codeOf(listSectionRoster(db, null, section.id))).toBe("unauthenticated");
    expect(await codeOf(listSectionRoster(db, staff, "no-such-section"))).toBe("not_found");
  });
});

describe("the roster export", () => {
  const exportQuery = (input: Record<string, string> = {}) => RosterExportQuerySchema.parse(input);

  it("holds exactly the rows the page lists for the same filter, with the documented columns", async () => {
    for (const filter of [{}, { status: "WAITLISTED" }, { payment: "PAID" }, { q: "omar" }, { status: "CANCELLED" }] as Record<string, string>[]) {
      const listed = await listSectionRoster(db, staff, section.id, query(filter));
      const exported = await exportSectionRoster(db, staff, section.id, exportQuery(filter));
      expect(names(exported.rows), JSON.stringify(filter)).toEqual(names(listed.roster.rows));
    }
    const { section: heading, rows } = await exportSectionRoster(db, staff, section.id, exportQuery({ status: "WAITLISTED" }));
    const csv = parse(rosterCsv(heading.code, rows));
    expect(Object.keys(csv[0])).toEqual([...ROSTER_CSV_COLUMNS]);
    expect(csv.map((row) => [row.learner, row.status, row.waitlist_position])).toEqual([
      ["Zara Malik", "WAITLISTED", "1"],
      ["Bilal Ahmed", "WAITLISTED", "2"],
    ]);
    expect(csv[0]).toMatchObject({ section: heading.code, guardians: "Farah Qureshi", age: "30", payment_status: "UNPAID", receipt_reference: "" });
  });

  it("names a self-learner's own email and no guardian", async () => {
    const { section: heading, rows } = await exportSectionRoster(db, staff, section.id, exportQuery({ q: "omar" }));
    const [row] = parse(rosterCsv(heading.code, rows));
    expect(row).toMatchObject({ learner: "Omar Baig", learner_email: adult.email, guardians: "", status: "OFFERED" });
    expect(row.offer_expires_at_utc).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("needs the export permission", async () => {
    expect(await codeOf(exportSectionRoster(db, teacher, section.id))).toBe("forbidden");
    expect(await codeOf(exportSectionRoster(db, member, section.id))).toBe("forbidden");
  });

  it("names the file after the section and the Center date", () => {
    expect(rosterCsvFilename("RU A1/eve", new Date("2026-03-01T20:00:00Z"))).toBe("roster-RU_A1_eve-2026-03-02.csv");
  });
});
