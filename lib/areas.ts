import type { GrantedPermission } from "@/lib/auth/permissions";
import type { BackOfficeSection, DashboardFigure } from "@/lib/back-office/dashboard-figure";
import { FIELD_TRIP_PERMISSIONS } from "@/lib/field-trips/policy";
import { FIELD_TRIP_FIGURES } from "@/lib/field-trips/dashboard-figures";
import { COURSE_PERMISSIONS } from "@/lib/courses/policy";
import { ROOM_FIGURES } from "@/lib/rooms/dashboard-figures";
import { EVENT_FIGURES } from "@/lib/events/dashboard-figures";
import { ROSTERS_API_TAG } from "@/lib/courses/api/roster-tag";

/**
 * The portal's areas, once. The site header, the home page, the back-office navigation and
 * dashboard, and the API document read this list; a new area (or a new back-office page of one)
 * is added here and shows up everywhere. Labels are catalog keys, so the list holds no words.
 */

export type AreaKey = "fieldTrips" | "courses" | "rooms" | "events" | "businesses";

/** A page of one's own in an area ("My field trips"), linked from the header for those allowed. */
export interface PersonalLink {
  href: string;
  permission: GrantedPermission;
  labelKey: string;
}

export interface OpenApiTag {
  name: string;
  /** Full catalog key of the tag's description (the document is written in English). */
  descriptionKey: string;
}

export interface Area {
  key: AreaKey;
  /** The public page of the area. */
  href: string;
  /** The area's name in the main navigation. */
  navKey: string;
  /** The area's card on the home page. */
  home: { titleKey: string; textKey: string };
  personal: readonly PersonalLink[];
  backOffice: readonly BackOfficeSection[];
  openApiTags: readonly OpenApiTag[];
  figures: readonly DashboardFigure[];
}

const homeCard = (key: AreaKey) => ({ titleKey: `home.areas.${key}.title`, textKey: `home.areas.${key}.text` });

export const AREAS: readonly Area[] = [
  {
    key: "fieldTrips",
    href: "/field-trips",
    navKey: "nav.fieldTrips",
    home: homeCard("fieldTrips"),
    personal: [{ href: "/my/field-trips", permission: FIELD_TRIP_PERMISSIONS.readOwn, labelKey: "nav.myFieldTrips" }],
    backOffice: [
      { href: "/admin/field-trips", permission: FIELD_TRIP_PERMISSIONS.manageAny, labelKey: "admin.nav.fieldTripBookings" },
      { href: "/admin/field-trips/slots", permission: FIELD_TRIP_PERMISSIONS.manageSlots, labelKey: "admin.nav.fieldTripSlots" },
      { href: "/admin/field-trips/day-sheet", permission: FIELD_TRIP_PERMISSIONS.manageAny, labelKey: "admin.nav.daySheet" },
      { href: "/admin/exhibitions", permission: FIELD_TRIP_PERMISSIONS.manageCatalogue, labelKey: "admin.nav.exhibitions" },
    ],
    openApiTags: [
      { name: "Exhibitions", descriptionKey: "fieldTrips.api.exhibitionsTag" },
      { name: "Field trips", descriptionKey: "fieldTrips.api.fieldTripsTag" },
    ],
    figures: FIELD_TRIP_FIGURES,
  },
  {
    key: "courses",
    href: "/courses",
    navKey: "nav.courses",
    home: homeCard("courses"),
    personal: [
      { href: "/my/courses", permission: COURSE_PERMISSIONS.enrollOwn, labelKey: "nav.myCourses" },
      { href: "/my/learners", permission: COURSE_PERMISSIONS.enrollOwn, labelKey: "nav.myLearners" },
      { href: "/teach", permission: COURSE_PERMISSIONS.readOwnRoster, labelKey: "nav.mySections" },
    ],
    backOffice: [{ href: "/admin/courses", permission: COURSE_PERMISSIONS.manageCatalogue, labelKey: "admin.nav.courses" }],
    openApiTags: [
      { name: "Courses", descriptionKey: "courses.api.coursesTag" },
      { name: "Learners", descriptionKey: "courseEnrollment.api.learnersTag" },
      { name: "Enrollments", descriptionKey: "courseEnrollment.api.enrollmentsTag" },
      { name: "Teaching", descriptionKey: "teaching.api.tag" },
      ROSTERS_API_TAG,
    ],
    figures: [],
  },
  { key: "rooms", href: "/rooms", navKey: "nav.rooms", home: homeCard("rooms"), personal: [], backOffice: [], openApiTags: [], figures: ROOM_FIGURES },
  { key: "events", href: "/events", navKey: "nav.events", home: homeCard("events"), personal: [], backOffice: [], openApiTags: [], figures: EVENT_FIGURES },
  { key: "businesses", href: "/businesses", navKey: "nav.businesses", home: homeCard("businesses"), personal: [], backOffice: [], openApiTags: [], figures: [] },
];

export function areaOf(key: AreaKey): Area {
  const area = AREAS.find((a) => a.key === key);
  if (!area) throw new Error(`Unknown area ${key}`);
  return area;
}
