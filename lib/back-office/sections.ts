import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/authorize";
import { AREAS } from "@/lib/areas";
import { countPendingMemberships } from "@/lib/organisations/count-pending-memberships";
import type { BackOfficeSection, DashboardFigure } from "./dashboard-figure";

/**
 * The back office beyond the areas: its dashboard, people's memberships of schools and businesses,
 * and the notification outbox. The areas' own pages and figures come from lib/areas.ts.
 */
const DASHBOARD: BackOfficeSection = { href: "/admin", permission: "read:backOffice:any", labelKey: "admin.nav.dashboard" };

const SHARED_SECTIONS: readonly BackOfficeSection[] = [
  { href: "/admin/memberships", permission: "verify:account:any", labelKey: "admin.nav.memberships" },
  { href: "/admin/outbox", permission: "read:outbox:any", labelKey: "admin.nav.outbox" },
  { href: "/admin/audit", permission: "read:audit:any", labelKey: "admin.nav.audit" },
];

const SHARED_FIGURES: readonly DashboardFigure[] = [
  {
    key: "pendingMemberships",
    labelKey: "admin.counts.pendingMemberships",
    permission: "verify:account:any",
    href: "/admin/memberships",
    count: (db) => countPendingMemberships(db),
  },
];

/** The sections of the back-office navigation the actor may open, in the order they are shown. */
export function backOfficeSectionsFor(actor: Actor | null): BackOfficeSection[] {
  return [DASHBOARD, ...AREAS.flatMap((area) => area.backOffice), ...SHARED_SECTIONS].filter((section) => can(actor, section.permission));
}

/** The dashboard's figures the actor may see: shared ones first, then each area's. */
export function dashboardFiguresFor(actor: Actor | null): DashboardFigure[] {
  return [...SHARED_FIGURES, ...AREAS.flatMap((area) => area.figures)].filter((figure) => can(actor, figure.permission));
}
