/**
 * The names this area writes: audit actions (AuditLog.action) and notification templates (keys under
 * `notifications` in the catalogs, rendered in the recipient's locale). A test checks every template
 * is in all five catalogs.
 */
export const ORGANISATION_AUDIT = {
  register: "organization.register",
  verify: "organization.verify",
  request: "membership.request",
  approve: "membership.approve",
  decline: "membership.decline",
} as const;
export type OrganisationAuditAction = (typeof ORGANISATION_AUDIT)[keyof typeof ORGANISATION_AUDIT];

export const ACCOUNT_NOTIFICATIONS = {
  /** A new member who can act at once. */
  welcome: "account.welcome",
  /** A founder of a new school or company, waiting for staff. */
  awaitingVerification: "account.awaitingVerification",
  /** A teacher who asked to join a school. */
  joinRequested: "account.joinRequested",
  /** A school's lead, told that someone asks to join. */
  joinRequestReceived: "account.joinRequestReceived",
  membershipApproved: "account.membershipApproved",
  membershipDeclined: "account.membershipDeclined",
  /** The leads of an organisation staff verified. */
  organisationVerified: "account.organisationVerified",
} as const;

export type AccountNotification = (typeof ACCOUNT_NOTIFICATIONS)[keyof typeof ACCOUNT_NOTIFICATIONS];

/** Audit rows and notices name a membership by its two keys. */
export const membershipEntityId = (key: { organizationId: string; userId: string }) => `${key.organizationId}:${key.userId}`;
