import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { forbidden, unauthenticated } from "@/lib/errors";
import { mayAttempt, schoolPermissionFor, type BookingAction } from "./policy";

/**
 * Refuses at once someone who may never take this kind of action (before any row is locked):
 * 401 for nobody, "awaiting verification" for a coordinator not yet verified, else 403.
 */
export function requireAttempt(actor: Actor | null | undefined, action: BookingAction): asserts actor is Actor {
  if (!actor) throw unauthenticated();
  if (mayAttempt(actor, action)) return;
  requirePermission(actor, schoolPermissionFor(action));
  throw forbidden();
}
