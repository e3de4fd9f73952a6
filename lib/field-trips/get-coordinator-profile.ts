import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";

/** The booking coordinator's own contact details, used to pre-fill the school on the booking form. */
export async function getCoordinatorProfile(db: Db, actor: Actor | null) {
  requirePermission(actor, "book:fieldTrip:own");
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: { name: true, email: true, phone: true, organization: true },
  });
  return { name: user?.name ?? actor.name, email: user?.email ?? actor.email, phone: user?.phone ?? null, organization: user?.organization ?? null };
}
