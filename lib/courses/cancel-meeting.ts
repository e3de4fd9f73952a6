import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { conflict, fromDatabaseError, invalid, isDomainError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { translated } from "@/lib/i18n/translated";
import { minutesToTime } from "@/lib/time/center-time";
import { COURSE_PERMISSIONS } from "./policy";
import { HOLDS_PLACE } from "./rules";
import { CancelMeetingSchema } from "./catalogue-schemas";
import { lockSection, refuseRetired } from "./catalogue-guards";
import { isOccurrence, occurrenceStart } from "./section-occurrences";
import { notifySectionLearners } from "./notify-section-learners";

/**
 * Staff cancel one occurrence of a weekly meeting: the date must be a day that meeting takes place
 * within the term, not yet begun. The cancellation, its audit row and a notice to everyone looking
 * after an enrolled or offered learner are written together; the section's calendar file reads the
 * cancellation as an exception (EXDATE).
 */
export async function cancelMeetingOccurrence(db: Db, actor: Actor | null, input: unknown, now = new Date()) {
  requirePermission(actor, COURSE_PERMISSIONS.manageCatalogue);
  const { meetingId, date, reason } = parseInput(CancelMeetingSchema, input);
  const found = await db.sectionMeeting.findUnique({ where: { id: meetingId }, select: { sectionId: true } });
  if (!found) throw notFound();
  try {
    return await db.$transaction(async (tx) => {
      refuseRetired(await lockSection(tx, found.sectionId));
      const meeting = await tx.sectionMeeting.findUnique({ where: { id: meetingId }, include: { section: { include: { course: true } } } });
      if (!meeting) throw notFound();
      if (!isOccurrence(meeting.section, meeting, date)) throw invalid("errors.invalidInput", {}, [{ path: "date", messageKey: "courseAdmin.validation.notAnOccurrence" }]);
      if (occurrenceStart(meeting, date).getTime() <= now.getTime()) throw conflict("courseAdmin.errors.occurrencePast");
      const cancellation = await tx.meetingCancellation.create({
        data: { meetingId, date: new Date(`${date}T00:00:00Z`), reason: reason ?? null, createdById: actor.id },
      });
      await recordAudit(tx, { actor, action: "sectionMeeting.cancel", entity: "CourseSection", entityId: meeting.sectionId, after: cancellation });
      const notified = await notifySectionLearners(tx, {
        sectionId: meeting.sectionId,
        statuses: HOLDS_PLACE,
        template: "courseCatalogue.meetingCancelled",
        payload: (locale) => ({
          course: translated(meeting.section.course, "title", locale),
          section: meeting.section.code,
          date,
          time: minutesToTime(meeting.startMinute),
          reason: reason ?? "",
        }),
      });
      return { cancellation, notified };
    });
  } catch (error) {
    if (isDomainError(error)) throw error;
    throw fromDatabaseError(error, "courseAdmin.errors.alreadyCancelled") ?? error;
  }
}
