import type { DashboardFigure } from "@/lib/back-office/dashboard-figure";

/** What the events area puts on the back-office dashboard: published events still to come. */
export const EVENT_FIGURES: readonly DashboardFigure[] = [
  {
    key: "upcomingEvents",
    labelKey: "admin.counts.upcomingEvents",
    permission: "manage:registration:any",
    count: (db, now) => db.event.count({ where: { startsAt: { gte: now }, published: true } }),
  },
];
