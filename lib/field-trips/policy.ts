import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/authorize";
import type { GrantedPermission } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FieldTripStatus, SlotStatus } from "@/lib/generated/prisma/enums";
import { TRANSITIONS, bookingOpensAt, bookingWindow, changesAllowed, type Transition } from "./rules";

/**
 * Who may do what with field trips, answered once. Services enforce it; pages, components and the
 * API ask it what to show. Nothing else decides "may this person cancel?" or "is this slot bookable?".
 */

/** The permission strings of the area: the UI checks the same ones the services require. */
export const FIELD_TRIP_PERMISSIONS = {
  /** Book a slot for one's school. */
  book: "book:fieldTrip:own",
  /** See one's school's bookings. */
  readOwn: "read:fieldTrip:own",
  /** Change headcount of one's school's bookings (until the changes deadline). */
  updateOwn: "update:fieldTrip:own",
  /** Cancel one's school's bookings (until the changes deadline). */
  cancelOwn: "cancel:fieldTrip:own",
  /** Staff: see every booking, confirm, decline, record the outcome, cancel at any time. */
  manageAny: "manage:fieldTrip:any",
  /** Staff: change any booking's headcount at any time. */
  updateAny: "update:fieldTrip:any",
  /** Staff: publish, generate, edit and close visit slots. */
  manageSlots: "manage:catalogue:any",
  /** Staff: create and edit exhibitions and exhibits in every language, publish and unpublish them. */
  manageCatalogue: "manage:catalogue:any",
  /** Staff: export the booking list. */
  export: "export:report:any",
} as const satisfies Record<string, GrantedPermission>;

export const mayManageAllBookings = (actor: Actor | null | undefined) => can(actor, FIELD_TRIP_PERMISSIONS.manageAny);

/** The schools whose bookings the actor shares: verified memberships of verified schools. */
export function schoolIdsOf(actor: Actor | null | undefined): string[] {
  if (!actor || !can(actor, FIELD_TRIP_PERMISSIONS.readOwn)) return [];
  return actor.memberships.filter((m) => m.kind === "SCHOOL" && m.verified).map((m) => m.organizationId);
}

/**
 * The bookings the actor may see, as a Prisma filter every read goes through: staff see all, a
 * coordinator their verified schools' bookings (whoever of the school made them), anyone else none.
 */
export function visibleBookingsWhere(actor: Actor | null | undefined): Prisma.FieldTripBookingWhereInput {
  if (mayManageAllBookings(actor)) return {};
  return { schoolId: { in: schoolIdsOf(actor) } };
}

/** Why a booking cannot be made for the school asked for (a field error on `schoolId`). */
export type SchoolRefusal = "schoolRequired" | "notYourSchool";

/**
 * The school a new booking belongs to: the one asked for when the actor is its verified coordinator,
 * or the actor's only verified school when none is asked for.
 */
export function bookingSchoolOf(actor: Actor | null | undefined, requested: string | undefined): { schoolId: string } | { refusal: SchoolRefusal } {
  const schools = schoolIdsOf(actor);
  if (requested !== undefined) return schools.includes(requested) ? { schoolId: requested } : { refusal: "notYourSchool" };
  return schools.length === 1 ? { schoolId: schools[0] } : { refusal: "schoolRequired" };
}

/** Whether the actor may see this booking. A caller who may not gets 404: existence itself is private. */
export function maySeeBooking(actor: Actor | null | undefined, booking: { schoolId: string }): boolean {
  return mayManageAllBookings(actor) || schoolIdsOf(actor).includes(booking.schoolId);
}

export type BookingAction = Transition | "changeHeadcount";

/** Statuses in which a booking's group may still change (headcount, cancellation). */
export const CHANGEABLE_STATUSES: readonly FieldTripStatus[] = TRANSITIONS.cancel.from;

interface BookingFacts {
  status: FieldTripStatus;
  schoolId: string;
  slot: { startsAt: Date };
}

/**
 * Why the actor may not take an action now, or null when they may. Services throw on a reason;
 * pages show the actions with none. The reasons are catalog keys under `fieldTrips.errors`.
 */
export function refusalOf(actor: Actor | null | undefined, booking: BookingFacts, action: BookingAction, now: Date): BookingRefusal | null {
  if (!maySeeBooking(actor, booking)) return "notFound";
  if (!mayAttempt(actor, action)) return "forbidden";
  const staff = mayManageAllBookings(actor);
  if (action === "changeHeadcount") {
    if (!CHANGEABLE_STATUSES.includes(booking.status)) return "notChangeable";
    if (!staff && !changesAllowed(booking.slot.startsAt, now)) return "changesClosed";
    return null;
  }
  const transition = TRANSITIONS[action];
  if (!(transition.from as readonly FieldTripStatus[]).includes(booking.status)) return "invalidTransition";
  if (!staff && !changesAllowed(booking.slot.startsAt, now)) return "changesClosed";
  if ((action === "complete" || action === "noShow") && booking.slot.startsAt > now) return "visitNotStarted";
  return null;
}

export type BookingRefusal = "notFound" | "forbidden" | "notChangeable" | "changesClosed" | "invalidTransition" | "visitNotStarted";

/**
 * Whether the actor holds the permission this kind of action needs on any booking at all. Services
 * check it before they lock a row, so a caller who may never act is refused at once instead of
 * waiting on someone else's lock; `refusalOf` then decides for the booking itself.
 */
export function mayAttempt(actor: Actor | null | undefined, action: BookingAction): boolean {
  const staff = mayManageAllBookings(actor);
  if (action === "changeHeadcount") return can(actor, staff ? FIELD_TRIP_PERMISSIONS.updateAny : FIELD_TRIP_PERMISSIONS.updateOwn);
  return staff || (TRANSITIONS[action].by === "coordinator or staff" && can(actor, FIELD_TRIP_PERMISSIONS.cancelOwn));
}

/**
 * The permission a school's coordinator would use for the action: when `mayAttempt` says no, services
 * ask for it so that someone whose coordinator role still awaits verification is told to wait.
 */
export function schoolPermissionFor(action: BookingAction): GrantedPermission {
  if (action === "changeHeadcount") return FIELD_TRIP_PERMISSIONS.updateOwn;
  return TRANSITIONS[action].by === "coordinator or staff" ? FIELD_TRIP_PERMISSIONS.cancelOwn : FIELD_TRIP_PERMISSIONS.manageAny;
}

/** Every booking action, in the order the UI offers them (the API's `actions` list names them too). */
export const BOOKING_ACTIONS = ["confirm", "decline", "complete", "noShow", "changeHeadcount", "cancel"] as const satisfies readonly BookingAction[];

/** Every action the actor may take on this booking now, in the order the UI offers them. */
export function allowedActions(actor: Actor | null | undefined, booking: BookingFacts, now: Date): BookingAction[] {
  return BOOKING_ACTIONS.filter((action) => refusalOf(actor, booking, action, now) === null);
}

/**
 * Whether a booking is still open to change by its school but closed by the deadline: the page says
 * so instead of silently showing no forms.
 */
export function changesClosedForSchool(booking: BookingFacts, now: Date): boolean {
  return CHANGEABLE_STATUSES.includes(booking.status) && !changesAllowed(booking.slot.startsAt, now);
}

export type SlotUnavailable = "closed" | "notOpenYet" | "bookingClosed" | "full";

export type SlotAvailability =
  | { bookable: true; remaining: number }
  | { bookable: false; remaining: number; reason: SlotUnavailable; opensAt?: Date };

/** Whether a slot takes bookings now, and if not why (with the date booking opens, when that is the reason). */
export function slotAvailability(slot: { status: SlotStatus; startsAt: Date; capacity: number; bookedCount: number }, now: Date): SlotAvailability {
  const remaining = Math.max(0, slot.capacity - slot.bookedCount);
  if (slot.status !== "OPEN") return { bookable: false, remaining, reason: "closed" };
  const window = bookingWindow(slot.startsAt, now);
  if (window === "notOpenYet") return { bookable: false, remaining, reason: "notOpenYet", opensAt: bookingOpensAt(slot.startsAt) };
  if (window === "closed") return { bookable: false, remaining, reason: "bookingClosed" };
  if (remaining === 0) return { bookable: false, remaining, reason: "full" };
  return { bookable: true, remaining };
}

/**
 * What a catalogue offers this person beside a bookable slot: a booking link (verified coordinators),
 * a sign-in link (visitors: they may be coordinators), a note to wait for verification, or nothing
 * (signed-in people who cannot book, staff included).
 */
export const BOOKING_ENTRIES = ["book", "signIn", "awaitVerification", "none"] as const;
export type BookingEntry = (typeof BOOKING_ENTRIES)[number];

export function bookingEntry(actor: Actor | null | undefined): BookingEntry {
  if (!actor) return "signIn";
  if (can(actor, FIELD_TRIP_PERMISSIONS.book)) return "book";
  if (actor.pendingRoles.includes("SCHOOL_COORDINATOR")) return "awaitVerification";
  return "none";
}
