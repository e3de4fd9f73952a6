import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { fromDatabaseError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { FIELD_TRIP_PERMISSIONS } from "./policy";
import { ExhibitionIdSchema, ExhibitionInputSchema } from "./schemas";

const UpdateExhibitionSchema = z.intersection(ExhibitionIdSchema, ExhibitionInputSchema);

/** Staff edit an exhibition's facts and its texts in every language; the audit row keeps before and after. */
export async function updateExhibition(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, FIELD_TRIP_PERMISSIONS.manageCatalogue);
  const { exhibitionId, ...data } = parseInput(UpdateExhibitionSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const [before] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Exhibition" WHERE id = ${exhibitionId} FOR UPDATE`;
      if (!before) throw notFound();
      const previous = await tx.exhibition.findUniqueOrThrow({ where: { id: exhibitionId } });
      const updated = await tx.exhibition.update({ where: { id: exhibitionId }, data });
      await recordAudit(tx, { actor, action: "exhibition.update", entity: "Exhibition", entityId: exhibitionId, before: previous, after: updated });
      return updated;
    });
  } catch (error) {
    throw fromDatabaseError(error, "fieldTrips.errors.slugTaken") ?? error;
  }
}
