import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { COURSE_PERMISSIONS } from "./policy";
import { RecordPaymentSchema } from "./roster-schemas";

/**
 * Staff record a learner's fee: unpaid, paid (with the desk's receipt number) or waived. The row is
 * locked so the audit's "before" is what this change replaced, even when two desks record at once.
 * Recording what is already there changes nothing and writes no audit row.
 */
export async function recordPayment(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, COURSE_PERMISSIONS.manageEnrollments);
  const data = parseInput(RecordPaymentSchema, input);
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Enrollment" WHERE "id" = ${data.enrollmentId} FOR UPDATE`;
    if (locked.length === 0) throw notFound();
    const before = await tx.enrollment.findUniqueOrThrow({ where: { id: data.enrollmentId } });
    if (before.paymentStatus === data.status && before.receiptReference === data.receiptReference) return before;
    const updated = await tx.enrollment.update({
      where: { id: before.id },
      data: { paymentStatus: data.status, receiptReference: data.receiptReference },
    });
    await recordAudit(tx, {
      actor,
      action: "enrollment.recordPayment",
      entity: "Enrollment",
      entityId: before.id,
      before: { paymentStatus: before.paymentStatus, receiptReference: before.receiptReference },
      after: { paymentStatus: updated.paymentStatus, receiptReference: updated.receiptReference },
    });
    return updated;
  });
}
