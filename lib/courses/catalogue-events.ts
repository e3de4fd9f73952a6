/**
 * What the back-office catalogue writes: audit actions (AuditLog.action) and notification templates
 * (keys under `notifications` in the catalogs, rendered in the recipient's locale). A test checks
 * every template is in all five catalogs.
 */
export const COURSE_CATALOGUE_AUDIT_ACTIONS = [
  "course.create",
  "course.update",
  "course.retire",
  "courseSection.create",
  "courseSection.update",
  "courseSection.retire",
  "sectionMeeting.add",
  "sectionMeeting.remove",
  "sectionMeeting.cancel",
] as const;
export type CourseCatalogueAuditAction = (typeof COURSE_CATALOGUE_AUDIT_ACTIONS)[number];

/** Notices to the guardians of learners holding or awaiting a place in a section. */
export const COURSE_CATALOGUE_NOTIFICATIONS = ["courseCatalogue.sectionRetired", "courseCatalogue.meetingCancelled"] as const;
export type CourseCatalogueNotification = (typeof COURSE_CATALOGUE_NOTIFICATIONS)[number];
