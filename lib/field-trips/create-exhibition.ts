import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { fromDatabaseError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { FIELD_TRIP_PERMISSIONS } from "./policy";
import { ExhibitionInputSchema } from "./schemas";

/** Staff create an exhibition. It starts unpublished: staff publish it once its texts and exhibits are ready. */
export async function createExhibition(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, FIELD_TRIP_PERMISSIONS.manageCatalogue);
  const data = parseInput(ExhibitionInputSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const exhibition = await tx.exhibition.create({ data: { ...data, published: false } });
      await recordAudit(tx, { actor, action: "exhibition.create", entity: "Exhibition", entityId: exhibition.id, after: exhibition });
      return exhibition;
    });
  } catch (error) {
    throw fromDatabaseError(error, "fieldTrips.errors.slugTaken") ?? error;
  }
}
