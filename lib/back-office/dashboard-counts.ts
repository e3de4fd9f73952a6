import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { ROLES_NEEDING_VERIFICATION } from "@/lib/auth/permissions";

/** Headline numbers for the back-office dashboard. */
export async function getDashboardCounts(db: Db, actor: Actor | null, now = new Date()) {
  requirePermission(actor, "read:backOffice:any");
  const [pendingFieldTrips, pendingVerifications, pendingReservations, upcomingEvents] = await Promise.all([
    db.fieldTripBooking.count({ where: { status: "PENDING" } }),
    db.userRole.count({ where: { verifiedAt: null, role: { in: [...ROLES_NEEDING_VERIFICATION] } } }),
    db.roomReservation.count({ where: { status: "PENDING" } }),
    db.event.count({ where: { startsAt: { gte: now }, published: true } }),
  ]);
  return { pendingFieldTrips, pendingVerifications, pendingReservations, upcomingEvents };
}
