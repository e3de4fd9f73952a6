import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { FIELD_TRIP_PERMISSIONS, schoolIdsOf } from "./policy";

/** The schools the actor may book for (their verified schools), by name, for the booking form. */
export async function listBookingSchools(db: Db, actor: Actor | null, locale = "en") {
  requirePermission(actor, FIELD_TRIP_PERMISSIONS.book);
  const schools = await db.organization.findMany({ where: { id: { in: schoolIdsOf(actor) } }, select: { id: true, name: true, city: true } });
  const collator = new Intl.Collator(locale);
  return schools.sort((a, b) => collator.compare(a.name, b.name));
}
