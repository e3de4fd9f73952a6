/** Audit actions of the accounts area (AuditLog.action). */
export const ACCOUNT_AUDIT = {
  disable: "account.disable",
  enable: "account.enable",
  changeRoles: "account.changeRoles",
} as const;
export type AccountAuditAction = (typeof ACCOUNT_AUDIT)[keyof typeof ACCOUNT_AUDIT];
