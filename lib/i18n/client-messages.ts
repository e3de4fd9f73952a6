import type { Catalog } from "./messages";

/**
 * The catalog parts client components read (`useTranslations` in "use client" files, and the
 * localized validation errors of client forms). Only these travel to the browser in every page's
 * payload; server components read the whole catalog on the server. A client component that starts
 * using another namespace adds it here.
 */
export const CLIENT_NAMESPACES = [
  "common",
  "sorting",
  "paging",
  "auth",
  "account",
  "memberships",
  "roles",
  "errors",
  "validation",
  "weekdays",
  "fieldTrips.errors",
  "fieldTrips.era",
  "fieldTrips.exhibition",
  "fieldTrips.book",
  "fieldTrips.gradeBand",
  "fieldTrips.status",
  "fieldTrips.fields",
  "fieldTrips.my",
  "fieldTrips.islamabadTime",
  "fieldTrips.timeZoneNote",
  "fieldTrips.staffBooking",
  "fieldTrips.confirmation",
  "admin.fieldTrips",
  "admin.exhibitions",
  "courseAdmin",
  "courseRosters",
  "courseLearner.forms",
  "unavailable",
  "errorPage",
] as const;

/** `messages` cut down to `namespaces` (dotted paths), keeping the nesting. */
export function pickMessages(messages: Catalog, namespaces: readonly string[] = CLIENT_NAMESPACES): Catalog {
  const picked: Catalog = {};
  for (const namespace of namespaces) {
    const keys = namespace.split(".");
    let from: Catalog | string | undefined = messages;
    let to = picked;
    keys.forEach((key, index) => {
      from = typeof from === "object" ? from[key] : undefined;
      if (from === undefined) return;
      if (index === keys.length - 1) to[key] = from;
      else to = (to[key] ??= {}) as Catalog;
    });
  }
  return picked;
}
