import { forbidden, unauthenticated } from "@/lib/errors";
import type { Actor } from "./actor";
import { permissionsOf, type GrantedPermission } from "./permissions";

/** Deny by default: true only when one of the actor's verified roles grants the permission. */
export function can(actor: Actor | null | undefined, permission: GrantedPermission): boolean {
  return !!actor && permissionsOf(actor.roles).has(permission);
}

/**
 * Throws unless the actor holds the permission. Someone whose role would grant it but still awaits
 * staff verification gets `verificationPending`, so the UI can tell them to wait rather than "no".
 */
export function requirePermission(actor: Actor | null | undefined, permission: GrantedPermission): asserts actor is Actor {
  if (!actor) throw unauthenticated();
  if (can(actor, permission)) return;
  if (permissionsOf(actor.pendingRoles).has(permission)) throw forbidden("errors.verificationPending");
  throw forbidden();
}

export function isStaff(actor: Actor | null | undefined): boolean {
  return can(actor, "read:backOffice:any");
}
