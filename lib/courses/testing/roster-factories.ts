import type { EnrollmentStatus, PaymentStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/tests/support/factories";
import { HOLDS_PLACE } from "../rules";

/**
 * An enrollment written straight to the database, for tests of what staff do with rosters (the
 * enrollment engine's own rules are tested beside it). A status that holds a place counts in the
 * section's `enrolledCount`, as the engine keeps it; an offer runs for two days.
 */
export async function createEnrollment(options: {
  sectionId: string;
  learnerId: string;
  enrolledById: string;
  status?: EnrollmentStatus;
  paymentStatus?: PaymentStatus;
  receiptReference?: string;
}) {
  const status = options.status ?? "ENROLLED";
  return db.$transaction(async (tx) => {
    if (HOLDS_PLACE.includes(status)) await tx.courseSection.update({ where: { id: options.sectionId }, data: { enrolledCount: { increment: 1 } } });
    return tx.enrollment.create({
      data: {
        sectionId: options.sectionId,
        learnerId: options.learnerId,
        enrolledById: options.enrolledById,
        status,
        offerExpiresAt: status === "OFFERED" ? new Date(Date.now() + 48 * 3_600_000) : null,
        paymentStatus: options.paymentStatus ?? "UNPAID",
        receiptReference: options.receiptReference ?? null,
      },
    });
  });
}
