import { z } from "zod";
import { IsoDateTime } from "@/lib/api/json-values";
import { pageSchema } from "@/lib/api/paging";
import { locales } from "@/lib/i18n/locales";
import { AUDIENCES, CEFR_LEVELS, ENROLLMENT_STATUSES, PAYMENT_STATUSES } from "../rules";
import { ENROLLMENT_ACTIONS } from "../policy";

/**
 * What the JSON API shows of learners and enrollments, as strict zod schemas: the serializers are
 * typed by them, the OpenAPI document is generated from them, the API tests parse every response with them.
 */

const count = () => z.int().min(0);
const IsoDate = z.iso.date();

export const LearnerSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    birthYear: z.int(),
    self: z.boolean().meta({ description: "Whether this learner is the caller themself (not a child they look after)." }),
    guardians: z.array(z.strictObject({ id: z.string(), name: z.string(), email: z.email() })).meta({ description: "The accounts that look after the learner; both see its enrollments." }),
  })
  .meta({ id: "Learner" });

const MeetingSchema = z.strictObject({
  weekday: z.int().min(1).max(7).meta({ description: "ISO weekday, 1 = Monday." }),
  startMinute: count().meta({ description: "Minutes after midnight, Center time (Asia/Karachi, UTC+05:00)." }),
  endMinute: count(),
  cancelledDates: z.array(IsoDate).meta({ description: "Center dates on which this weekly meeting does not take place." }),
});

export const EnrollmentSchema = z
  .strictObject({
    id: z.string(),
    status: z.enum(ENROLLMENT_STATUSES),
    position: z.int().min(1).nullable().meta({ description: "Place in the waitlist (1 = next), for a WAITLISTED enrollment; otherwise null." }),
    offerExpiresAt: IsoDateTime.nullable().meta({ description: "For an OFFERED place: the moment the offer lapses (UTC)." }),
    paymentStatus: z.enum(PAYMENT_STATUSES),
    receiptReference: z.string().nullable(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    learner: z.strictObject({ id: z.string(), name: z.string(), birthYear: z.int() }),
    section: z
      .strictObject({
        id: z.string(),
        code: z.string(),
        course: z.strictObject({
          id: z.string(),
          slug: z.string(),
          title: z.string().meta({ description: "In the request's language." }),
          level: z.enum(CEFR_LEVELS),
          audience: z.enum(AUDIENCES),
        }),
        termStart: IsoDate,
        termEnd: IsoDate,
        online: z.boolean(),
        instructionLanguage: z.enum(locales),
        feePkr: count(),
        enrollmentDeadline: IsoDateTime,
        teacher: z.string().nullable().meta({ description: "The teacher's name." }),
        room: z.string().nullable().meta({ description: "The room's name in the request's language; null for online sections." }),
        meetings: z.array(MeetingSchema),
      })
      .meta({ description: "The section with its course and weekly meetings." }),
    actions: z.array(z.enum(ENROLLMENT_ACTIONS)).meta({ description: "What the caller may do now: `accept` (POST …/accept), `drop` (DELETE)." }),
  })
  .meta({ id: "Enrollment" });

export const EnrollResultSchema = z
  .strictObject({
    outcome: z.enum(["enrolled", "waitlisted"]),
    enrollment: EnrollmentSchema,
  })
  .meta({ id: "EnrollResult" });

export const LearnerPageSchema = pageSchema(LearnerSchema, "LearnerPage", "The caller's learners: themself, then those they look after.");
export const EnrollmentPageSchema = pageSchema(EnrollmentSchema, "EnrollmentPage", "The enrollments of the caller's learners.");

export type LearnerJson = z.output<typeof LearnerSchema>;
export type EnrollmentJson = z.output<typeof EnrollmentSchema>;
export type EnrollResultJson = z.output<typeof EnrollResultSchema>;
