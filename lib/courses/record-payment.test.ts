import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { isDomainError } from "@/lib/errors";
import { createActor, db } from "@/tests/support/factories";
import { createLearner, createSection } from "./testing/factories";
import { createEnrollment } from "./testing/roster-factories";
import { recordPayment } from "./record-payment";

let staff: Actor, member: Actor, teacher: Actor;
let sectionId: string;

beforeAll(async () => {
  [staff, member, teacher] = await Promise.all([createActor(["STAFF"]), createActor(["MEMBER"]), createActor(["TEACHER"])]);
  sectionId = (await createSection({ teacherId: teacher.id })).id;
});

afterAll(async () => {
  await db.$disconnect();
});

async function enrollment() {
  const learner = await createLearner({ guardianIds: [member.id], birthYear: 1990 });
  return createEnrollment({ sectionId, learnerId: learner.id, enrolledById: member.id });
}

/** The refusal a call ends in: its code, message key and field keys. */
async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isDomainError(error)) throw new Error(`expected a domain error, got ${String(error)}`);
  return { code: error.code, messageKey: error.messageKey, fields: Object.fromEntries(error.issues.map((i) => [i.path, i.messageKey])) };
}

const auditRows = (entityId: string) => db.auditLog.findMany({ where: { entity: "Enrollment", entityId, action: "enrollment.recordPayment" }, orderBy: { createdAt: "asc" } });

describe("recording a payment", () => {
  it("records a paid fee with its trimmed receipt reference, and an audit row of the change", async () => {
    const { id } = await enrollment();
    const paid = await recordPayment(db, staff, { enrollmentId: id, status: "PAID", receiptReference: "  RCPT-2026-0042 " });
    expect(paid).toMatchObject({ paymentStatus: "PAID", receiptReference: "RCPT-2026-0042" });
    const [row] = await auditRows(id);
    expect(row).toMatchObject({
      actorId: staff.id,
      before: { paymentStatus: "UNPAID", receiptReference: null },
      after: { paymentStatus: "PAID", receiptReference: "RCPT-2026-0042" },
    });
  });

  it("refuses PAID without a receipt, or with one longer than 64 characters, writing nothing", async () => {
    const { id } = await enrollment();
    for (const receiptReference of [undefined, "", "   "]) {
      expect(await refusal(recordPayment(db, staff, { enrollmentId: id, status: "PAID", receiptReference }))).toMatchObject({
        code: "invalid",
        fields: { receiptReference: "courseRosters.errors.receiptRequired" },
      });
    }
    expect((await refusal(recordPayment(db, staff, { enrollmentId: id, status: "PAID", receiptReference: "R".repeat(65) }))).fields).toEqual({
      receiptReference: "validation.tooLong",
    });
    expect(await recordPayment(db, staff, { enrollmentId: id, status: "PAID", receiptReference: "R".repeat(64) })).toMatchObject({ paymentStatus: "PAID" });
    expect(await refusal(recordPayment(db, staff, { enrollmentId: id, status: "REFUNDED" }))).toMatchObject({ code: "invalid", fields: { status: "validation.choice" } });
    expect(await auditRows(id)).toHaveLength(1);
  });

  it("clears the receipt when the fee is waived or set back to unpaid", async () => {
    const { id } = await enrollment();
    await recordPayment(db, staff, { enrollmentId: id, status: "PAID", receiptReference: "R-1" });
    expect(await recordPayment(db, staff, { enrollmentId: id, status: "WAIVED", receiptReference: "ignored" })).toMatchObject({ paymentStatus: "WAIVED", receiptReference: null });
    expect(await recordPayment(db, staff, { enrollmentId: id, status: "UNPAID" })).toMatchObject({ paymentStatus: "UNPAID", receiptReference: null });
    expect((await auditRows(id)).map((row) => row.after)).toEqual([
      { paymentStatus: "PAID", receiptReference: "R-1" },
      { paymentStatus: "WAIVED", receiptReference: null },
      { paymentStatus: "UNPAID", receiptReference: null },
    ]);
  });

  it("writes nothing when the payment is already as recorded", async () => {
    const { id } = await enrollment();
    await recordPayment(db, staff, { enrollmentId: id, status: "PAID", receiptReference: "R-2" });
    await recordPayment(db, staff, { enrollmentId: id, status: "PAID", receiptReference: "R-2" });
    expect(await auditRows(id)).toHaveLength(1);
  });

  it("is for staff only: the learner's guardian and the teacher are refused, a stranger's id is 404", async () => {
    const { id } = await enrollment();
    expect((await refusal(recordPayment(db, member, { enrollmentId: id, status: "WAIVED" }))).code).toBe("forbidden");
    expect((await refusal(recordPayment(db, teacher, { enrollmentId: id, status: "WAIVED" }))).code).toBe("forbidden");
    expect((await refusal(recordPayment(db, null, { enrollmentId: id, status: "WAIVED" }))).code).toBe("unauthenticated");
    expect((await refusal(recordPayment(db, staff, { enrollmentId: "no-such-enrollment", status: "WAIVED" }))).code).toBe("not_found");
    expect(await db.enrollment.findUniqueOrThrow({ where: { id } })).toMatchObject({ paymentStatus: "UNPAID" });
  });

  it("keeps an honest audit trail when two desks record at once", async () => {
    const { id } = await enrollment();
    await Promise.all([
      recordPayment(db, staff, { enrollmentId: id, status: "PAID", receiptReference: "DESK-A" }),
      recordPayment(db, staff, { enrollmentId: id, status: "WAIVED" }),
    ]);
    const rows = await auditRows(id);
    // Each change's "before" is the state the other left (or the start): no lost update.
    const final = await db.enrollment.findUniqueOrThrow({ where: { id } });
    expect(rows).toHaveLength(2);
    expect(rows[0].before).toEqual({ paymentStatus: "UNPAID", receiptReference: null });
    expect(rows[1].before).toEqual(rows[0].after);
    expect(rows[1].after).toEqual({ paymentStatus: final.paymentStatus, receiptReference: final.receiptReference });
  });
});
