import { AttendanceStatus, Audience, CefrLevel, EnrollmentStatus, PaymentStatus } from "@/lib/generated/prisma/enums";
import { locales } from "@/lib/i18n/locales";

/** Language-course rules, in one place. Services, forms, messages and the API read them from here. */

/** A non-empty list of an enum's values, in schema order: what `z.enum` and selects take. */
const valuesOf = <T extends string>(values: Record<string, T>) => Object.values(values) as [T, ...T[]];

export const CEFR_LEVELS = valuesOf(CefrLevel);
export const AUDIENCES = valuesOf(Audience);
export const ENROLLMENT_STATUSES = valuesOf(EnrollmentStatus);
export const PAYMENT_STATUSES = valuesOf(PaymentStatus);
export const ATTENDANCE_STATUSES = valuesOf(AttendanceStatus);

/** The Russian state test (TORFL / ТРКИ) level that matches each CEFR level. */
export const TORFL_LEVEL: Record<CefrLevel, "elementary" | "basic" | "torfl1" | "torfl2" | "torfl3" | "torfl4"> = {
  A1: "elementary",
  A2: "basic",
  B1: "torfl1",
  B2: "torfl2",
  C1: "torfl3",
  C2: "torfl4",
};

/** Ages (in years, reached this calendar year) each audience admits; `max` null means no upper bound. */
export const AUDIENCE_AGES: Record<Audience, { min: number; max: number | null }> = {
  CHILDREN: { min: 6, max: 12 },
  TEENS: { min: 13, max: 17 },
  ADULTS: { min: 18, max: null },
};

/** A learner's age this year: birth years are all we keep (a child's birthday is not our business). */
export function ageInYear(birthYear: number, year: number): number {
  return year - birthYear;
}

export function ageFitsAudience(audience: Audience, birthYear: number, year: number): boolean {
  const age = ageInYear(birthYear, year);
  const { min, max } = AUDIENCE_AGES[audience];
  return age >= min && (max === null || age <= max);
}

/** Statuses that hold one of the section's places (counted in `enrolledCount`). */
export const HOLDS_PLACE: readonly EnrollmentStatus[] = ["ENROLLED", "OFFERED"];
/** Statuses of a live enrollment: at most one per learner and section (partial unique index). */
export const ACTIVE_STATUSES: readonly EnrollmentStatus[] = ["ENROLLED", "OFFERED", "WAITLISTED"];

/** Hours a promoted learner has to accept an offered place, unless the section says otherwise. */
export const DEFAULT_OFFER_HOURS = 48;
export const OFFER_HOURS_RANGE = { min: 1, max: 336 } as const;

/** Learners one account may look after, and guardians one learner may have. */
export const MAX_GUARDIANS_PER_LEARNER = 2;
export const BIRTH_YEAR_RANGE = { min: 1900, max: 2100 } as const;

/** Languages a teacher may explain in: the portal's locales. */
export const INSTRUCTION_LANGUAGES = locales;

/** Parts of the day the catalogue filters by, as [from, to) minutes after midnight, Center time. */
export const TIMES_OF_DAY = {
  morning: { from: 0, to: 12 * 60 },
  afternoon: { from: 12 * 60, to: 17 * 60 },
  evening: { from: 17 * 60, to: 24 * 60 },
} as const;
export type TimeOfDay = keyof typeof TIMES_OF_DAY;

export const timeOfDayOf = (startMinute: number): TimeOfDay =>
  (Object.keys(TIMES_OF_DAY) as TimeOfDay[]).find((key) => startMinute >= TIMES_OF_DAY[key].from && startMinute < TIMES_OF_DAY[key].to) ?? "evening";

/** Formats a section is taught in. */
export const FORMATS = ["inPerson", "online"] as const;
export type Format = (typeof FORMATS)[number];
export const formatOf = (section: { online: boolean }): Format => (section.online ? "online" : "inPerson");

/** An attendance rate counts these as having come. */
export const COUNTS_AS_ATTENDED: readonly AttendanceStatus[] = ["PRESENT", "LATE"];

/** The longest learner name we keep, and the longest reason a drop or removal may carry. */
export const LEARNER_NAME_LENGTH = 100;
export const DROP_REASON_LENGTH = { max: 500 } as const;
/** Upper bound of a section's places (a bound on input, not a teaching rule). */
export const MAX_SECTION_CAPACITY = 500;

/**
 * The year whose age decides whether a learner fits a section's audience: the year its term starts
 * (a child who turns 6 in the term's year may join a children's section of that year).
 */
export const audienceYearOf = (section: { termStart: Date }) => section.termStart.getUTCFullYear();

/** Promotion and the expiry sweep work on this many rows at a time. */
export const SWEEP_BATCH = 100;
/** How often each instance sweeps expired offers. */
export const OFFER_SWEEP_INTERVAL_MS = 60_000;

/** When an offer made at `now` lapses. */
export const offerDeadline = (now: Date, offerHours: number) => new Date(now.getTime() + offerHours * 60 * 60 * 1000);

/** What a roster lists, in this order: learners holding a place, those offered one, then the waitlist. */
export const ROSTER_STATUSES = ["ENROLLED", "OFFERED", "WAITLISTED"] as const satisfies readonly EnrollmentStatus[];
/** Only learners enrolled in a section have attendance taken. */
export const TAKES_ATTENDANCE: readonly EnrollmentStatus[] = ["ENROLLED"];

// ───────────── back-office catalogue (courses, sections, meetings) ─────────────

/** Which courses the back-office list shows: not retired (the default), retired only, or all. */
export const COURSE_RETIRED_FILTERS = ["active", "retired", "all"] as const;
export type CourseRetiredFilter = (typeof COURSE_RETIRED_FILTERS)[number];

/** Bounds on what staff type for a section: guards against typos, not policy. */
export const SECTION_LIMITS = { maxFeePkr: 10_000_000, maxReasonLength: 500 } as const;

/** The longest weekly meeting, in minutes. */
export const MEETING_MINUTES = { max: 4 * 60 } as const;

/** Upcoming occurrences the section editor lists, each with a cancel button. */
export const UPCOMING_OCCURRENCES_SHOWN = 8;

/** Two weekly meetings of one section overlap when they share a weekday and their [start, end) minutes meet. */
export const meetingsOverlap = (a: { weekday: number; startMinute: number; endMinute: number }, b: { weekday: number; startMinute: number; endMinute: number }) =>
  a.weekday === b.weekday && a.startMinute < b.endMinute && b.startMinute < a.endMinute;
