import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/locales";
import { translated } from "@/lib/i18n/translated";
import { enrollmentActions } from "../policy";
import type { EnrollmentDetail } from "../get-enrollment";
import type { OwnLearner } from "../list-own-learners";
import type { EnrollmentJson, LearnerJson } from "./enrollment-response-schemas";

/** Who reads, in which language, and when. */
export interface Reader {
  locale: Locale;
  actor: Actor | null;
  now: Date;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function serializeLearner(learner: OwnLearner): LearnerJson {
  return {
    id: learner.id,
    name: learner.name,
    birthYear: learner.birthYear,
    self: learner.self,
    guardians: learner.guardians.map((g) => ({ id: g.user.id, name: g.user.name, email: g.user.email })),
  };
}

/** An enrollment as its learner's people (or the section's teacher, or staff) see it: an explicit allow-list. */
export function serializeEnrollment(enrollment: EnrollmentDetail, { locale, actor, now }: Reader): EnrollmentJson {
  const { section } = enrollment;
  return {
    id: enrollment.id,
    status: enrollment.status,
    position: enrollment.position,
    offerExpiresAt: enrollment.offerExpiresAt?.toISOString() ?? null,
    paymentStatus: enrollment.paymentStatus,
    receiptReference: enrollment.receiptReference,
    createdAt: enrollment.createdAt.toISOString(),
    updatedAt: enrollment.updatedAt.toISOString(),
    learner: { id: enrollment.learner.id, name: enrollment.learner.name, birthYear: enrollment.learner.birthYear },
    section: {
      id: section.id,
      code: section.code,
      course: {
        id: section.course.id,
        slug: section.course.slug,
        title: translated(section.course, "title", locale),
        level: section.course.level,
        audience: section.course.audience,
      },
      termStart: isoDate(section.termStart),
      termEnd: isoDate(section.termEnd),
      online: section.online,
      instructionLanguage: section.instructionLanguage as EnrollmentJson["section"]["instructionLanguage"],
      feePkr: section.feePkr,
      enrollmentDeadline: section.enrollmentDeadline.toISOString(),
      teacher: section.teacher?.name ?? null,
      room: section.room ? translated(section.room, "name", locale) : null,
      meetings: section.meetings.map((m) => ({
        weekday: m.weekday,
        startMinute: m.startMinute,
        endMinute: m.endMinute,
        cancelledDates: m.cancellations.map((c) => isoDate(c.date)),
      })),
    },
    actions: enrollmentActions(actor, enrollment, now),
  };
}
