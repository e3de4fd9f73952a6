import type { Course, CourseSection, SectionMeeting } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { translated } from "@/lib/i18n/translated";
import { minutesToTime } from "@/lib/time/center-time";
import type { SectionState } from "../policy";
import { TORFL_LEVEL, formatOf } from "../rules";
import type { CourseDetailJson, CourseListItemJson, PublicSectionJson, SectionDetailJson } from "./catalogue-response-schemas";

/** Catalogue records as the JSON API shows them: an allow-list, in the request's language. */

type Room = { name: string; translations: unknown } | null;
type SectionRow = CourseSection & { meetings: SectionMeeting[]; room: Room };
type SectionWithAvailability = SectionRow & { teacher: { name: string } | null; state: SectionState; placesLeft: number };

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

function courseFields(course: Course, locale: Locale) {
  return {
    id: course.id,
    slug: course.slug,
    title: translated(course, "title", locale),
    description: translated(course, "description", locale),
    level: course.level,
    torfl: TORFL_LEVEL[course.level],
    audience: course.audience,
  };
}

function sectionFields(section: SectionRow, locale: Locale) {
  return {
    id: section.id,
    code: section.code,
    termStart: isoDate(section.termStart),
    termEnd: isoDate(section.termEnd),
    format: formatOf(section),
    room: section.online || !section.room ? null : translated(section.room, "name", locale),
    instructionLanguage: section.instructionLanguage as SectionDetailJson["instructionLanguage"],
    feePkr: section.feePkr,
    meetings: section.meetings.map((m) => ({ id: m.id, weekday: m.weekday, start: minutesToTime(m.startMinute), end: minutesToTime(m.endMinute) })),
  };
}

export const sectionCalendarUrl = (sectionId: string) => `/api/v1/sections/${sectionId}/calendar.ics`;

export function serializeSectionDetail(section: SectionWithAvailability, locale: Locale): SectionDetailJson {
  return {
    ...sectionFields(section, locale),
    teacher: section.teacher?.name ?? null,
    enrollmentDeadline: section.enrollmentDeadline.toISOString(),
    state: section.state,
    placesLeft: section.placesLeft,
    calendarUrl: sectionCalendarUrl(section.id),
  };
}

export function serializeCourseListItem(course: Course & { sections: SectionRow[] }, locale: Locale): CourseListItemJson {
  return { ...courseFields(course, locale), sections: course.sections.map((section) => sectionFields(section, locale)) };
}

export function serializeCourseDetail(course: Course & { sections: SectionWithAvailability[] }, locale: Locale): CourseDetailJson {
  return { ...courseFields(course, locale), sections: course.sections.map((section) => serializeSectionDetail(section, locale)) };
}

export function serializePublicSection(
  section: Omit<SectionWithAvailability, "meetings"> & { course: Course; meetings: (SectionMeeting & { cancellations: { date: Date }[] })[] },
  locale: Locale,
): PublicSectionJson {
  return {
    section: serializeSectionDetail(section, locale),
    course: courseFields(section.course, locale),
    cancelledMeetings: section.meetings.flatMap((m) => m.cancellations.map(({ date }) => ({ meetingId: m.id, date: isoDate(date) }))),
  };
}
