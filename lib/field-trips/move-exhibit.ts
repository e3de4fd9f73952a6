import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { FIELD_TRIP_PERMISSIONS } from "./policy";
import { MoveExhibitSchema } from "./schemas";

/**
 * Staff move an exhibit one place up or down: it swaps positions with its neighbour. The exhibition
 * is locked so concurrent moves queue; (exhibitionId, position) is unique, so the swap goes through
 * a free position. Moving the first up or the last down changes nothing.
 */
export async function moveExhibit(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, FIELD_TRIP_PERMISSIONS.manageCatalogue);
  const { exhibitId, direction } = parseInput(MoveExhibitSchema, input);
  return db.$transaction(async (tx) => {
    const exhibit = await tx.exhibit.findUnique({ where: { id: exhibitId } });
    if (!exhibit) throw notFound();
    await tx.$queryRaw`SELECT id FROM "Exhibition" WHERE id = ${exhibit.exhibitionId} FOR UPDATE`;
    const current = await tx.exhibit.findUniqueOrThrow({ where: { id: exhibitId } });
    const neighbour = await tx.exhibit.findFirst({
      where: { exhibitionId: current.exhibitionId, position: direction === "up" ? { lt: current.position } : { gt: current.position } },
      orderBy: { position: direction === "up" ? "desc" : "asc" },
    });
    if (!neighbour) return current;
    const free = -1 - current.position;
    await tx.exhibit.update({ where: { id: current.id }, data: { position: free } });
    await tx.exhibit.update({ where: { id: neighbour.id }, data: { position: current.position } });
    const moved = await tx.exhibit.update({ where: { id: current.id }, data: { position: neighbour.position } });
    await recordAudit(tx, {
      actor,
      action: "exhibit.move",
      entity: "Exhibit",
      entityId: current.id,
      before: { position: current.position },
      after: { position: neighbour.position, swappedWith: neighbour.id },
    });
    return moved;
  });
}
