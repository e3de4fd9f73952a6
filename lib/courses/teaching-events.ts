/**
 * What the teaching side of the course area writes to the audit log, named once (the enrollment
 * engine keeps its own list in events.ts). Marking attendance notifies no one.
 */
export const TEACHING_AUDIT_ACTIONS = ["attendance.mark"] as const;
export type TeachingAuditAction = (typeof TEACHING_AUDIT_ACTIONS)[number];
