import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Who may do what, as data: `action:entity:access`, where `own` means "records the actor owns"
 * (services check ownership) and `any` means every record. The one table every page, server
 * action and API handler consults, through `can` / `requirePermission` in ./authorize.ts.
 */
export type Access = "own" | "any";
export type Permission = `${string}:${string}:${Access}`;

const STAFF = [
  "read:backOffice:any",
  "manage:catalogue:any",
  "manage:fieldTrip:any",
  "update:fieldTrip:any",
  "manage:enrollment:any",
  "read:roster:any",
  "mark:attendance:any",
  "manage:reservation:any",
  "manage:registration:any",
  "checkIn:registration:any",
  "verify:account:any",
  "verify:business:any",
  "export:report:any",
  "read:outbox:any",
  "read:audit:any",
] as const satisfies readonly Permission[];

export const PERMISSIONS = {
  MEMBER: [
    "register:event:own",
    "enroll:course:own",
    "reserve:room:own",
    "read:schedule:own",
  ],
  SCHOOL_COORDINATOR: [
    "book:fieldTrip:own",
    "read:fieldTrip:own",
    "update:fieldTrip:own",
    "cancel:fieldTrip:own",
    "read:schedule:own",
  ],
  TEACHER: ["read:roster:own", "mark:attendance:own", "read:schedule:own"],
  BUSINESS: [
    "enroll:course:own",
    "update:business:own",
    "request:introduction:own",
    "respond:introduction:own",
    "reserve:room:own",
    "read:schedule:own",
  ],
  STAFF,
  ADMIN: [...STAFF, "manage:user:any", "manage:setting:any"],
} as const satisfies Record<Role, readonly Permission[]>;

export type GrantedPermission = (typeof PERMISSIONS)[Role][number];

/** Roles a person may pick when registering. */
export const SELF_SERVICE_ROLES = ["MEMBER", "SCHOOL_COORDINATOR", "BUSINESS"] as const satisfies readonly Role[];

export function permissionsOf(roles: readonly Role[]): Set<GrantedPermission> {
  return new Set(roles.flatMap((role) => PERMISSIONS[role] as readonly GrantedPermission[]));
}
