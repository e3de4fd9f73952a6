import type { Locale } from "@/lib/i18n/locales";
import { translated } from "@/lib/i18n/translated";
import type { TeachingSection } from "../find-teaching-section";
import type { SectionAttendance } from "../get-section-attendance";
import type { SectionRoster } from "../get-section-roster";
import { dateOnly, type Occurrence } from "../section-occurrences";
import type { AttendanceSheetJson, SectionRosterJson, TeachingSectionJson } from "./teaching-schemas";

/** Teaching records as the JSON API shows them: an explicit allow-list, typed by the response schemas. */

export function serializeTeachingSection(section: TeachingSection & { nextMeeting?: Occurrence | null }, locale: Locale): TeachingSectionJson {
  return {
    id: section.id,
    code: section.code,
    course: { id: section.course.id, slug: section.course.slug, title: translated(section.course, "title", locale), level: section.course.level, audience: section.course.audience },
    teacher: section.teacher ? { id: section.teacher.id, name: section.teacher.name } : null,
    termStart: dateOnly(section.termStart),
    termEnd: dateOnly(section.termEnd),
    online: section.online,
    room: section.room ? translated(section.room, "name", locale) : null,
    instructionLanguage: section.instructionLanguage,
    capacity: section.capacity,
    enrolledCount: section.enrolledCount,
    meetings: section.meetings.map(({ weekday, startMinute, endMinute }) => ({ weekday, startMinute, endMinute })),
    nextMeeting: section.nextMeeting ?? null,
  };
}

export function serializeRoster({ section, entries }: SectionRoster, locale: Locale, nextMeeting: Occurrence | null): SectionRosterJson {
  return {
    section: serializeTeachingSection({ ...section, nextMeeting }, locale),
    entries: entries.map((entry) => ({
      enrollmentId: entry.enrollmentId,
      status: entry.status,
      position: entry.position,
      offerExpiresAt: entry.offerExpiresAt?.toISOString() ?? null,
      paymentStatus: entry.paymentStatus,
      receiptReference: entry.receiptReference,
      enrolledAt: entry.enrolledAt.toISOString(),
      learner: entry.learner,
      guardians: entry.guardians.map(({ name, email, phone }) => ({ name, email, phone })),
      attendance: entry.attendance,
    })),
  };
}

export function serializeAttendanceSheet(sheet: SectionAttendance): AttendanceSheetJson {
  return {
    sectionId: sheet.section.id,
    date: sheet.date,
    occurrences: sheet.occurrences,
    refusal: sheet.refusal,
    learners: sheet.learners.map(({ enrollmentId, learner, status, markedAt }) => ({ enrollmentId, learner, status, markedAt: markedAt?.toISOString() ?? null })),
  };
}
