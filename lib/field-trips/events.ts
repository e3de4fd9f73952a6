import { TRANSITIONS, type Transition } from "./rules";

/**
 * What the field-trip area writes to the audit log and the outbox, named once. `recordAudit` and
 * `queueNotification` accept only listed names; every notification template has a text under
 * `notifications.<template>` in all five catalogs (events.test.ts).
 */

const TRANSITION_NAMES = Object.keys(TRANSITIONS) as Transition[];

export const FIELD_TRIP_AUDIT_ACTIONS = [
  "fieldTrip.book",
  ...TRANSITION_NAMES.map((name) => `fieldTrip.${name}` as const),
  "fieldTrip.changeHeadcount",
  "visitSlot.create",
  "visitSlot.generateSeries",
  "visitSlot.close",
  "visitSlot.edit",
  "exhibition.create",
  "exhibition.update",
  "exhibition.publish",
  "exhibition.unpublish",
  "exhibit.create",
  "exhibit.update",
  "exhibit.move",
] as const;
export type FieldTripAuditAction = (typeof FIELD_TRIP_AUDIT_ACTIONS)[number];

/** Notices to a booking's coordinator: one per transition (named after it), the request, a headcount change and a moved slot. */
export const FIELD_TRIP_NOTIFICATIONS = [
  "fieldTrip.requested",
  ...TRANSITION_NAMES.map((name) => `fieldTrip.${name}` as const),
  "fieldTrip.headcountChanged",
  "fieldTrip.slotMoved",
] as const;
export type FieldTripNotification = (typeof FIELD_TRIP_NOTIFICATIONS)[number];

export const transitionAuditAction = (name: Transition): FieldTripAuditAction => `fieldTrip.${name}`;
export const transitionNotification = (name: Transition): FieldTripNotification => `fieldTrip.${name}`;
