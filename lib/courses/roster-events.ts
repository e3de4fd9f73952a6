/**
 * What staff work on a section's roster writes to the audit log, named once (`recordAudit` accepts
 * only listed names). Removals, moves and enrollments on someone's behalf go through the enrollment
 * engine and are audited there.
 */
export const ROSTER_AUDIT_ACTIONS = ["enrollment.recordPayment", "learner.addOnBehalf"] as const;
export type RosterAuditAction = (typeof ROSTER_AUDIT_ACTIONS)[number];
