import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { notFound, unauthenticated } from "@/lib/errors";

/** The signed-in person's own account: details and every role, with the roles still waiting for a verified membership. */
export async function getOwnAccount(db: Db, actor: Actor | null) {
  if (!actor) throw unauthenticated();
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: {
      name: true,
      email: true,
      locale: true,
      createdAt: true,
      roles: { select: { role: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!user) throw notFound();
  return { ...user, pendingRoles: actor.pendingRoles };
}
