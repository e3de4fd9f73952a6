import { Era, FieldTripStatus, GradeBand, SlotStatus } from "@/lib/generated/prisma/enums";

/** Field-trip rules from DESIGN.md, in one place. Services and forms read them from here. */

/** A non-empty list of an enum's values, in schema order: what `z.enum` and selects take. */
const valuesOf = <T extends string>(values: Record<string, T>) => Object.values(values) as [T, ...T[]];

/** The enums of the area, read from the database schema: never restated by hand. */
export const FIELD_TRIP_STATUSES = valuesOf(FieldTripStatus);
export const ERAS = valuesOf(Era);
export const GRADE_BANDS = valuesOf(GradeBand);
export const SLOT_STATUSES = valuesOf(SlotStatus);

/** One adult for every N students, by grade band. */
export const CHAPERONE_RATIO: Record<GradeBand, number> = {
  PRE_K_K: 4,
  GRADES_1_2: 6,
  GRADES_3_5: 10,
  GRADES_6_8: 10,
  GRADES_9_12: 10,
};

export const BOOKING_OPENS_DAYS_BEFORE = 180;
export const BOOKING_CLOSES_DAYS_BEFORE = 3;
/** Coordinators may change headcount or cancel until this many days before the visit. */
export const CHANGES_CLOSE_DAYS_BEFORE = 7;

/** Bookings whose people occupy places in the slot (declined and cancelled ones release them). */
export const HOLDS_PLACES: readonly FieldTripStatus[] = ["PENDING", "CONFIRMED", "COMPLETED", "NO_SHOW"];

const DAY = 24 * 60 * 60 * 1000;

export function requiredChaperones(gradeBand: GradeBand, students: number): number {
  return Math.ceil(students / CHAPERONE_RATIO[gradeBand]);
}

export type BookingWindow = "notOpenYet" | "open" | "closed";

export function bookingWindow(startsAt: Date, now: Date): BookingWindow {
  if (now.getTime() < startsAt.getTime() - BOOKING_OPENS_DAYS_BEFORE * DAY) return "notOpenYet";
  if (now.getTime() > startsAt.getTime() - BOOKING_CLOSES_DAYS_BEFORE * DAY) return "closed";
  return "open";
}

export function bookingOpensAt(startsAt: Date): Date {
  return new Date(startsAt.getTime() - BOOKING_OPENS_DAYS_BEFORE * DAY);
}

export function changesAllowed(startsAt: Date, now: Date): boolean {
  return now.getTime() <= startsAt.getTime() - CHANGES_CLOSE_DAYS_BEFORE * DAY;
}

/** Which transition leads from which states, and who may take it. */
export const TRANSITIONS = {
  confirm: { from: ["PENDING"], to: "CONFIRMED", by: "staff" },
  decline: { from: ["PENDING"], to: "DECLINED", by: "staff" },
  cancel: { from: ["PENDING", "CONFIRMED"], to: "CANCELLED", by: "coordinator or staff" },
  complete: { from: ["CONFIRMED"], to: "COMPLETED", by: "staff" },
  noShow: { from: ["CONFIRMED"], to: "NO_SHOW", by: "staff" },
} as const satisfies Record<string, { from: readonly FieldTripStatus[]; to: FieldTripStatus; by: string }>;

export type Transition = keyof typeof TRANSITIONS;

export function canTransition(status: FieldTripStatus, transition: Transition): boolean {
  return (TRANSITIONS[transition].from as readonly FieldTripStatus[]).includes(status);
}

/** A decline reason the coordinator will read: long enough to say something, short enough for a notice. */
export const DECLINE_REASON_LENGTH = { min: 5, max: 500 } as const;
