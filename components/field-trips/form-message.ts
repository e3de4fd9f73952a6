import type { ActionState } from "@/lib/http/action-state";

/** The form-level message, unless the same words already stand next to a field (said once, not twice). */
export function formMessage(state: ActionState): string | undefined {
  if (!state.message) return undefined;
  return Object.values(state.fieldErrors ?? {}).includes(state.message) ? undefined : state.message;
}
