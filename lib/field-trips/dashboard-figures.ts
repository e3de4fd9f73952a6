import { FieldTripStatus } from "@/lib/generated/prisma/enums";
import type { DashboardFigure } from "@/lib/back-office/dashboard-figure";
import { FIELD_TRIP_PERMISSIONS } from "./policy";

/** What the field-trip area puts on the back-office dashboard: bookings waiting for a decision. */
export const FIELD_TRIP_FIGURES: readonly DashboardFigure[] = [
  {
    key: "pendingFieldTrips",
    labelKey: "admin.counts.pendingFieldTrips",
    permission: FIELD_TRIP_PERMISSIONS.manageAny,
    href: `/admin/field-trips?status=${FieldTripStatus.PENDING}`,
    count: (db) => db.fieldTripBooking.count({ where: { status: FieldTripStatus.PENDING } }),
  },
];
