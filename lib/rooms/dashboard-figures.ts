import { ReservationStatus } from "@/lib/generated/prisma/enums";
import type { DashboardFigure } from "@/lib/back-office/dashboard-figure";

/** What the rooms area puts on the back-office dashboard: reservations waiting for a decision. */
export const ROOM_FIGURES: readonly DashboardFigure[] = [
  {
    key: "pendingReservations",
    labelKey: "admin.counts.pendingReservations",
    permission: "manage:reservation:any",
    count: (db) => db.roomReservation.count({ where: { status: ReservationStatus.PENDING } }),
  },
];
