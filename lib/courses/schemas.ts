import { z } from "zod";
import { pageQuerySchema } from "@/lib/paging";
import { id, optionalFilter, text } from "@/lib/validation";
import { BIRTH_YEAR_RANGE, ENROLLMENT_STATUSES, LEARNER_NAME_LENGTH, MAX_SECTION_CAPACITY, DROP_REASON_LENGTH } from "./rules";

/** Zod input schemas of the language-course area: services parse with them, forms and the API reuse them. */

const checkbox = z.union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")]).transform((v) => v === true || v === "on" || v === "true");
const birthYear = z.coerce.number().int().min(BIRTH_YEAR_RANGE.min).max(BIRTH_YEAR_RANGE.max);

/** A child (or any learner who is not the account holder) a guardian looks after. */
export const AddLearnerSchema = z.object({
  name: text({ min: 1, max: LEARNER_NAME_LENGTH }),
  birthYear,
});
export type AddLearnerInput = z.input<typeof AddLearnerSchema>;

/** The account holder as a learner: the name comes from the account. */
export const SaveSelfLearnerSchema = z.object({ birthYear });
export type SaveSelfLearnerInput = z.input<typeof SaveSelfLearnerSchema>;

/** A second guardian, named by the email of their portal account. */
export const AddGuardianSchema = z.object({ email: z.string().trim().toLowerCase().email().max(200) });
export type AddGuardianInput = z.input<typeof AddGuardianSchema>;

export const EnrollSchema = z.object({
  sectionId: id,
  learnerId: id,
  /** The learner's other sections meet at the same time, and the person enrolling knows and goes ahead. */
  acknowledgeClash: checkbox.default(false),
});
export type EnrollInput = z.input<typeof EnrollSchema>;

export const ScheduleClashQuerySchema = z.object({ sectionId: id, learnerId: id });

export const DropEnrollmentSchema = z.object({
  reason: text({ max: DROP_REASON_LENGTH.max, multiline: true }).optional().transform((v) => v || undefined),
});
export type DropEnrollmentInput = z.input<typeof DropEnrollmentSchema>;

export const EnrollmentIdSchema = id;
export const SectionIdSchema = id;

export const CapacitySchema = z.coerce.number().int().min(1).max(MAX_SECTION_CAPACITY);

/** "My courses": the enrollments of the learners one looks after, filtered and paged. */
export const MY_ENROLLMENT_SORTS = ["createdAt", "termStart", "status"] as const;
export type MyEnrollmentSort = (typeof MY_ENROLLMENT_SORTS)[number];
export const MyEnrollmentsQuerySchema = pageQuerySchema(MY_ENROLLMENT_SORTS, { sort: "termStart", dir: "asc" }).extend({
  status: optionalFilter(z.enum(ENROLLMENT_STATUSES)),
  learnerId: optionalFilter(id),
});
export type MyEnrollmentsQuery = z.output<typeof MyEnrollmentsQuerySchema>;

/** The learners one looks after: a short list, paged in memory; themself first, then by name. */
export const LearnerListQuerySchema = pageQuerySchema(["name"] as const, { sort: "name", dir: "asc", size: 100 });
export type LearnerListQuery = z.output<typeof LearnerListQuerySchema>;
