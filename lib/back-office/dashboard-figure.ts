import type { Db } from "@/lib/db/create-client";
import type { GrantedPermission } from "@/lib/auth/permissions";

/**
 * One headline number on the back-office dashboard, contributed by the area it belongs to. The
 * dashboard shows it to those holding `permission` and links it to the queue where the work is.
 * `count` runs behind the dashboard's own permission check (lib/back-office/dashboard-counts.ts).
 */
export interface DashboardFigure {
  key: string;
  /** Full catalog key of the figure's label. */
  labelKey: string;
  permission: GrantedPermission;
  href?: string;
  count: (db: Db, now: Date) => Promise<number>;
}

/** A back-office page in the section navigation, shown to those holding `permission`. */
export interface BackOfficeSection {
  href: string;
  permission: GrantedPermission;
  /** Full catalog key of the link's text. */
  labelKey: string;
}
