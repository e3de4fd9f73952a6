import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { FIELD_TRIP_PERMISSIONS } from "./policy";
import { CreateExhibitSchema } from "./schemas";

/** Staff add an exhibit at the end of an exhibition. The exhibition row is locked so two additions never take one position. */
export async function createExhibit(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, FIELD_TRIP_PERMISSIONS.manageCatalogue);
  const { exhibitionId, ...data } = parseInput(CreateExhibitSchema, input);
  return db.$transaction(async (tx) => {
    const [exhibition] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Exhibition" WHERE id = ${exhibitionId} FOR UPDATE`;
    if (!exhibition) throw notFound();
    const last = await tx.exhibit.aggregate({ where: { exhibitionId }, _max: { position: true } });
    const exhibit = await tx.exhibit.create({ data: { ...data, exhibitionId, position: (last._max.position ?? 0) + 1 } });
    await recordAudit(tx, { actor, action: "exhibit.create", entity: "Exhibit", entityId: exhibit.id, after: exhibit });
    return exhibit;
  });
}
