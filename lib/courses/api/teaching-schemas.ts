import { z } from "zod";
import { IsoDateTime } from "@/lib/api/json-values";
import { pageSchema } from "@/lib/api/paging";
import { ATTENDANCE_STATUSES, AUDIENCES, CEFR_LEVELS, PAYMENT_STATUSES, ROSTER_STATUSES } from "../rules";

/**
 * What the teaching side of the API shows (a teacher's sections, a roster, an attendance sheet), as
 * strict zod schemas: the serializers are typed by them, the OpenAPI document is generated from them
 * and the API tests parse every response with them.
 */

const count = () => z.int().min(0);
const CenterDate = z.iso.date().meta({ description: "A Center (Asia/Karachi) calendar date, YYYY-MM-DD." });
const minute = () => z.int().min(0).max(24 * 60).meta({ description: "Minutes after midnight, Center time." });

export const TeachingMeetingSchema = z
  .strictObject({ weekday: z.int().min(1).max(7).meta({ description: "ISO weekday, 1 = Monday." }), startMinute: minute(), endMinute: minute() })
  .meta({ id: "TeachingMeeting" });

export const OccurrenceSchema = z
  .strictObject({ date: CenterDate, meetingId: z.string(), startMinute: minute(), endMinute: minute(), cancelled: z.boolean() })
  .meta({ id: "MeetingOccurrence", description: "One dated occurrence of a weekly meeting." });

export const TeachingSectionSchema = z
  .strictObject({
    id: z.string(),
    code: z.string(),
    course: z.strictObject({ id: z.string(), slug: z.string(), title: z.string(), level: z.enum(CEFR_LEVELS), audience: z.enum(AUDIENCES) }),
    teacher: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
    termStart: CenterDate,
    termEnd: CenterDate,
    online: z.boolean(),
    room: z.string().nullable().meta({ description: "The room's name in the request's language; null online." }),
    instructionLanguage: z.string(),
    capacity: count(),
    enrolledCount: count().meta({ description: "Places held: enrolled and offered learners." }),
    meetings: z.array(TeachingMeetingSchema),
    nextMeeting: OccurrenceSchema.nullable().meta({ description: "The next occurrence that takes place; null once the term is over." }),
  })
  .meta({ id: "TeachingSection", description: "A section as its teacher sees it. The course title is in the request's language." });

export const TeachingSectionPageSchema = pageSchema(TeachingSectionSchema, "TeachingSectionPage", "A page of sections.");

export const AttendanceRateSchema = z
  .strictObject({
    attended: count().meta({ description: "Occurrences marked PRESENT or LATE." }),
    marked: count().meta({ description: "Occurrences marked at all." }),
    rate: z.number().min(0).max(1).nullable().meta({ description: "attended / marked; null while nothing is marked." }),
  })
  .meta({ id: "AttendanceRate" });

export const RosterEntrySchema = z
  .strictObject({
    enrollmentId: z.string(),
    status: z.enum(ROSTER_STATUSES),
    position: z.int().min(1).nullable().meta({ description: "Place on the waitlist, in queue order; null unless WAITLISTED." }),
    offerExpiresAt: IsoDateTime.nullable(),
    paymentStatus: z.enum(PAYMENT_STATUSES),
    receiptReference: z.string().nullable(),
    enrolledAt: IsoDateTime,
    learner: z.strictObject({ id: z.string(), name: z.string(), birthYear: z.int(), age: z.int().meta({ description: "Age reached this calendar year." }), child: z.boolean() }),
    guardians: z
      .array(z.strictObject({ name: z.string(), email: z.string(), phone: z.string().nullable() }))
      .meta({ description: "A child's guardians, to reach the family; empty for an adult learner." }),
    attendance: AttendanceRateSchema.nullable().meta({ description: "For enrolled learners; null for offered and waitlisted ones." }),
  })
  .meta({ id: "RosterEntry" });

export const SectionRosterSchema = z
  .strictObject({ section: TeachingSectionSchema, entries: z.array(RosterEntrySchema) })
  .meta({ id: "SectionRoster", description: "Enrolled, then offered, then waitlisted learners (each group in queue order)." });

export const AttendanceSheetSchema = z
  .strictObject({
    sectionId: z.string(),
    date: CenterDate,
    occurrences: z.array(OccurrenceSchema),
    refusal: z
      .enum(["cancelled", "future", "forbidden"])
      .nullable()
      .meta({ description: "null when the caller may mark this date now; otherwise why not." }),
    learners: z.array(
      z.strictObject({
        enrollmentId: z.string(),
        learner: z.strictObject({ id: z.string(), name: z.string() }),
        status: z.enum(ATTENDANCE_STATUSES).nullable().meta({ description: "null while not marked." }),
        markedAt: IsoDateTime.nullable(),
      }),
    ),
  })
  .meta({ id: "AttendanceSheet", description: "The enrolled learners of a section and their marks on one date." });

export type TeachingSectionJson = z.output<typeof TeachingSectionSchema>;
export type SectionRosterJson = z.output<typeof SectionRosterSchema>;
export type AttendanceSheetJson = z.output<typeof AttendanceSheetSchema>;
