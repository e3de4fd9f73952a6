import { conflict, forbidden, invalid, notFound, type DomainError } from "@/lib/errors";
import type { FieldTripStatus } from "@/lib/generated/prisma/enums";
import type { BookingRefusal, SchoolRefusal } from "./policy";
import { CHANGES_CLOSE_DAYS_BEFORE } from "./rules";

/**
 * The one translation of the policy's refusals into domain errors (and so HTTP statuses and
 * localized messages). A booking the actor may not see does not exist for them: 404.
 */
export function refusalError(refusal: BookingRefusal, booking: { status: FieldTripStatus }): DomainError {
  switch (refusal) {
    case "notFound":
      return notFound();
    case "forbidden":
      return forbidden();
    case "changesClosed":
      return invalid("fieldTrips.errors.changesClosed", { days: CHANGES_CLOSE_DAYS_BEFORE });
    case "invalidTransition":
      return conflict("fieldTrips.errors.invalidTransition", { status: booking.status });
    case "notChangeable":
    case "visitNotStarted":
      return conflict(`fieldTrips.errors.${refusal}`);
  }
}

/** A school the actor may not book for is a bad `schoolId`: the form marks the field. */
export function schoolRefusalError(refusal: SchoolRefusal): DomainError {
  const messageKey = refusal === "schoolRequired" ? "validation.required" : "validation.choice";
  return invalid("errors.invalidInput", {}, [{ path: "schoolId", messageKey }]);
}
