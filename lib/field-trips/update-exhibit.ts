import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { FIELD_TRIP_PERMISSIONS } from "./policy";
import { UpdateExhibitSchema } from "./schemas";

/** Staff edit an exhibit's texts (in every language) and year; the audit row keeps before and after. */
export async function updateExhibit(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, FIELD_TRIP_PERMISSIONS.manageCatalogue);
  const { exhibitId, ...data } = parseInput(UpdateExhibitSchema, input);
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Exhibit" WHERE id = ${exhibitId} FOR UPDATE`;
    if (!locked) throw notFound();
    const before = await tx.exhibit.findUniqueOrThrow({ where: { id: exhibitId } });
    const updated = await tx.exhibit.update({ where: { id: exhibitId }, data });
    await recordAudit(tx, { actor, action: "exhibit.update", entity: "Exhibit", entityId: exhibitId, before, after: updated });
    return updated;
  });
}
