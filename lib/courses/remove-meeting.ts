import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { COURSE_PERMISSIONS } from "./policy";
import { RemoveMeetingSchema } from "./catalogue-schemas";
import { lockSection, refuseRetired } from "./catalogue-guards";

/** Staff remove a weekly meeting from a section (its cancelled occurrences go with it). */
export async function removeMeeting(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, COURSE_PERMISSIONS.manageCatalogue);
  const { meetingId } = parseInput(RemoveMeetingSchema, input);
  const found = await db.sectionMeeting.findUnique({ where: { id: meetingId }, select: { sectionId: true } });
  if (!found) throw notFound();
  return db.$transaction(async (tx) => {
    refuseRetired(await lockSection(tx, found.sectionId));
    const meeting = await tx.sectionMeeting.findUnique({ where: { id: meetingId } });
    if (!meeting) throw notFound();
    await tx.sectionMeeting.delete({ where: { id: meetingId } });
    await recordAudit(tx, { actor, action: "sectionMeeting.remove", entity: "CourseSection", entityId: meeting.sectionId, before: meeting });
    return meeting;
  });
}
