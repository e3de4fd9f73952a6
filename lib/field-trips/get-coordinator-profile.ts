import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { FIELD_TRIP_PERMISSIONS, schoolIdsOf } from "./policy";

/**
 * The booking coordinator's contact details and the verified schools they may book for (the booking
 * form offers a choice only when there are several), by name.
 */
export async function getCoordinatorProfile(db: Db, actor: Actor | null) {
  requirePermission(actor, FIELD_TRIP_PERMISSIONS.book);
  const [user, schools] = await Promise.all([
    db.user.findUnique({ where: { id: actor.id }, select: { name: true, email: true, phone: true, organization: true } }),
    db.organization.findMany({ where: { id: { in: schoolIdsOf(actor) } }, select: { id: true, name: true, city: true }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
  ]);
  return {
    name: user?.name ?? actor.name,
    email: user?.email ?? actor.email,
    phone: user?.phone ?? null,
    organization: user?.organization ?? null,
    schools,
  };
}
