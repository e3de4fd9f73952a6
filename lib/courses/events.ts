import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { translated } from "@/lib/i18n/translated";
import { queueNotification, recipientLocale, type Recipient } from "@/lib/notifications/queue-notification";
import { COURSE_AUDIT_ACTIONS, COURSE_NOTIFICATIONS, type CourseAuditAction, type CourseNotification } from "./event-names";

export { COURSE_AUDIT_ACTIONS, COURSE_NOTIFICATIONS, type CourseAuditAction, type CourseNotification };

/**
 * Audit rows and notices of the enrollment engine, written inside the transaction of the change.
 * The names live in `event-names.ts` (importable by tests and catalog checks without the database).
 */

/**
 * One audit row. `actorId` is null when the system acted (the expiry sweep, a promotion nobody
 * asked for); a request's address travels with `client` when there was a request.
 */
export async function auditCourse(
  tx: Tx,
  entry: {
    actorId: string | null;
    client?: { ip?: string; userAgent?: string };
    action: CourseAuditAction;
    entity: "Enrollment" | "Learner" | "CourseSection";
    entityId: string;
    before?: Prisma.InputJsonObject;
    after?: Prisma.InputJsonObject;
  },
) {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: entry.before,
      after: entry.after,
      ip: entry.client?.ip,
      userAgent: entry.client?.userAgent,
    },
  });
}

/** What a notice about an enrollment needs: the learner's people and the course's title. */
export const NOTICE_LEARNER = {
  select: {
    id: true,
    name: true,
    user: { select: { id: true, email: true, locale: true } },
    guardians: { select: { user: { select: { id: true, email: true, locale: true } } } },
  },
} as const;
export const NOTICE_SECTION = { select: { id: true, code: true, course: { select: { title: true, translations: true } } } } as const;

export interface NoticeLearner {
  id: string;
  name: string;
  user: Recipient | null;
  guardians: { user: Recipient }[];
}
export interface NoticeSection {
  code: string;
  course: { title: string; translations: Prisma.JsonValue };
}

/** The accounts told about a learner's enrollment: the learner themself and every guardian, once each. */
export function recipientsOf(learner: NoticeLearner): Recipient[] {
  const all = [...(learner.user ? [learner.user] : []), ...learner.guardians.map((g) => g.user)];
  return all.filter((user, index) => all.findIndex((other) => other.id === user.id) === index);
}

/** Queues one notice per recipient, with the course title in the recipient's language. */
export async function noticeEnrollment(
  tx: Tx,
  template: CourseNotification,
  learner: NoticeLearner,
  section: NoticeSection,
  extra: Prisma.InputJsonObject = {},
) {
  for (const user of recipientsOf(learner)) {
    await queueNotification(tx, {
      user,
      template,
      payload: { learner: learner.name, course: translated(section.course, "title", recipientLocale(user)), section: section.code, ...extra },
    });
  }
}
