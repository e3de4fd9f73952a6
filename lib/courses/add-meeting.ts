import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { COURSE_PERMISSIONS } from "./policy";
import { meetingsOverlap } from "./rules";
import { AddMeetingSchema } from "./catalogue-schemas";
import { lockSection, refuseRetired } from "./catalogue-guards";

/** Staff add a weekly meeting to a section; it may not overlap another meeting of the same section (checked under the section's lock). */
export async function addMeeting(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, COURSE_PERMISSIONS.manageCatalogue);
  const { sectionId, ...meeting } = parseInput(AddMeetingSchema, input);
  return db.$transaction(async (tx) => {
    refuseRetired(await lockSection(tx, sectionId));
    const others = await tx.sectionMeeting.findMany({ where: { sectionId } });
    if (others.some((other) => meetingsOverlap(other, meeting))) throw conflict("courseAdmin.errors.meetingOverlap");
    const created = await tx.sectionMeeting.create({ data: { sectionId, ...meeting } });
    await recordAudit(tx, { actor, action: "sectionMeeting.add", entity: "CourseSection", entityId: sectionId, after: created });
    return created;
  });
}
