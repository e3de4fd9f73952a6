import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { dashboardFiguresFor } from "./sections";

export interface DashboardCount {
  key: string;
  labelKey: string;
  href?: string;
  value: number;
}

/** The back-office dashboard's headline numbers: every figure the areas contribute that the actor may see. */
export async function getDashboardCounts(db: Db, actor: Actor | null, now = new Date()): Promise<DashboardCount[]> {
  requirePermission(actor, "read:backOffice:any");
  const figures = dashboardFiguresFor(actor);
  const values = await Promise.all(figures.map((figure) => figure.count(db, now)));
  return figures.map((figure, index) => ({ key: figure.key, labelKey: figure.labelKey, href: figure.href, value: values[index] }));
}
