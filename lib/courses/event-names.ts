/**
 * What the enrollment engine writes to the audit log and the outbox, named once. Every notification
 * template has a text under `notifications.<template>` in all five catalogs (events.test.ts).
 */
export const COURSE_AUDIT_ACTIONS = [
  "learner.add",
  "learner.saveSelf",
  "learner.addGuardian",
  "enrollment.enroll",
  "enrollment.waitlist",
  "enrollment.offer",
  "enrollment.promote",
  "enrollment.offerExpire",
  "enrollment.accept",
  "enrollment.drop",
  "enrollment.remove",
  "enrollment.move",
  "courseSection.changeCapacity",
] as const;
export type CourseAuditAction = (typeof COURSE_AUDIT_ACTIONS)[number];

export const COURSE_NOTIFICATIONS = [
  /** A place is the learner's. */
  "course.enrolled",
  /** On the waitlist, at a position. */
  "course.waitlisted",
  /** A place is offered until a deadline. */
  "course.offered",
  /** Promoted straight into a place (a section that enrolls automatically). */
  "course.promoted",
  "course.offerExpired",
  "course.accepted",
  "course.dropped",
  /** Staff removed the learner. */
  "course.removed",
  "course.moved",
  /** Someone added the recipient as a learner's guardian. */
  "course.guardianAdded",
] as const;
export type CourseNotification = (typeof COURSE_NOTIFICATIONS)[number];
