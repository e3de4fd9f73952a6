import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { notFound } from "@/lib/errors";
import { FIELD_TRIP_PERMISSIONS } from "./policy";

/** One exhibition, published or not, with its exhibits in order: what the staff editor shows. */
export async function getStaffExhibition(db: Db, actor: Actor | null, exhibitionId: string) {
  requirePermission(actor, FIELD_TRIP_PERMISSIONS.manageCatalogue);
  const exhibition = await db.exhibition.findUnique({ where: { id: exhibitionId }, include: { exhibits: { orderBy: { position: "asc" } } } });
  if (!exhibition) throw notFound();
  return exhibition;
}
