import { invalid, type DomainError } from "@/lib/errors";

/** Why attendance cannot be taken on a date (see `attendanceDateRefusal`), as the one localized error of each. */
export function attendanceDateError(refusal: "notAMeetingDate" | "cancelled" | "future"): DomainError {
  return invalid(`teaching.errors.${refusal}`, {}, [{ path: "date", messageKey: `teaching.errors.${refusal}` }]);
}
