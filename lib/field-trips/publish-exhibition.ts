import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { FIELD_TRIP_PERMISSIONS } from "./policy";
import { PublishExhibitionSchema } from "./schemas";

/**
 * Staff publish an exhibition to the public catalogue or take it off. Bookings already made stay;
 * an unpublished exhibition's slots take no new bookings (the booking service asks `published`).
 */
export async function publishExhibition(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, FIELD_TRIP_PERMISSIONS.manageCatalogue);
  const { exhibitionId, published } = parseInput(PublishExhibitionSchema, input);
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ published: boolean }[]>`SELECT published FROM "Exhibition" WHERE id = ${exhibitionId} FOR UPDATE`;
    if (!row) throw notFound();
    const updated = await tx.exhibition.update({ where: { id: exhibitionId }, data: { published } });
    if (row.published !== published) {
      await recordAudit(tx, {
        actor,
        action: published ? "exhibition.publish" : "exhibition.unpublish",
        entity: "Exhibition",
        entityId: exhibitionId,
        before: { published: row.published },
        after: { published },
      });
    }
    return updated;
  });
}
