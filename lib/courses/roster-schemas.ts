import { z } from "zod";
import { pageQuerySchema } from "@/lib/paging";
import { id, optionalFilter, text } from "@/lib/validation";
import { AddLearnerSchema, SaveSelfLearnerSchema } from "./schemas";
import { ENROLLMENT_STATUSES, PAYMENT_STATUSES, RECEIPT_REFERENCE_LENGTH } from "./rules";

/** Staff inputs of a section's roster page: payment, the roster's filters, enrolling on someone's behalf. */

/**
 * A fee's status as staff record it. A receipt reference goes with PAID and only with it: for the
 * other statuses whatever was typed is dropped, so a waived fee never keeps an old receipt.
 */
export const RecordPaymentSchema = z
  .object({
    enrollmentId: id,
    status: z.enum(PAYMENT_STATUSES),
    receiptReference: text({ max: RECEIPT_REFERENCE_LENGTH.max }).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.status === "PAID" && (value.receiptReference ?? "").length < RECEIPT_REFERENCE_LENGTH.min) {
      ctx.addIssue({ code: "custom", path: ["receiptReference"], params: { messageKey: "courseRosters.errors.receiptRequired" } });
    }
  })
  .transform((value) => ({ ...value, receiptReference: value.status === "PAID" ? value.receiptReference! : null }));
export type RecordPaymentInput = z.input<typeof RecordPaymentSchema>;

/** The longest learner-name search anyone sends. */
const SEARCH_MAX_LENGTH = 100;

/**
 * What a roster is filtered by: the enrollment's status (none: the live ones, enrolled, offered and
 * waitlisted), the fee's status, and part of the learner's name. The page, the CSV export and the
 * API read the same filter, so an export holds exactly the rows the page lists.
 */
export const RosterFilterSchema = z.object({
  status: optionalFilter(z.enum(ENROLLMENT_STATUSES)),
  payment: optionalFilter(z.enum(PAYMENT_STATUSES)),
  // Blank after trimming means no search, as an empty field does.
  q: optionalFilter(text({ max: SEARCH_MAX_LENGTH }).transform((value) => value || undefined)),
});
export type RosterFilter = z.output<typeof RosterFilterSchema>;

export const ROSTER_SORTS = ["queue", "name", "status", "payment"] as const;
export type RosterSort = (typeof ROSTER_SORTS)[number];

/** The roster page's query: filter, then paging; by default in queue order (who asked first). */
export const RosterQuerySchema = RosterFilterSchema.extend(pageQuerySchema(ROSTER_SORTS, { sort: "queue", dir: "asc", size: 50 }).shape);
export type RosterQuery = z.output<typeof RosterQuerySchema>;

/** The export takes the filter and the order, never a page: it holds every matching row. */
export const RosterExportQuerySchema = RosterFilterSchema.extend(RosterQuerySchema.pick({ sort: true, dir: true }).shape);
export type RosterExportQuery = z.output<typeof RosterExportQuerySchema>;

/** Looking up an account to enroll on its behalf. */
export const AccountLookupSchema = z.object({ email: z.string().trim().toLowerCase().email().max(200) });

/**
 * A learner staff add to an account while enrolling on its behalf: the account holder themself
 * (`self`, named after the account) or a child of theirs (with a name), with the fields people use
 * for themselves.
 */
export const AddLearnerOnBehalfSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("self"), userId: id, ...SaveSelfLearnerSchema.shape }),
  z.object({ kind: z.literal("child"), userId: id, ...AddLearnerSchema.shape }),
]);
export type AddLearnerOnBehalfInput = z.input<typeof AddLearnerOnBehalfSchema>;
