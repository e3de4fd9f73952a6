import { z } from "zod";
import { pageQuerySchema } from "@/lib/paging";
import { id, isoDate, optionalFilter } from "@/lib/validation";
import { ATTENDANCE_STATUSES, ROSTER_STATUSES } from "./rules";

/** Input of the teaching side (a teacher's sections, rosters, attendance), parsed at every boundary. */

export const TEACHING_SECTION_SORTS = ["termStart", "code"] as const;
/** A teacher's sections (staff may name any teacher); current and coming terms unless `past` is asked. */
export const TeachingSectionsQuerySchema = z
  .object({
    teacherId: optionalFilter(id),
    when: optionalFilter(z.enum(["current", "past"])).transform((v) => v ?? "current"),
  })
  .extend(pageQuerySchema(TEACHING_SECTION_SORTS, { sort: "termStart", dir: "asc" }).shape);
export type TeachingSectionsQuery = z.output<typeof TeachingSectionsQuerySchema>;

/** The roster's filter: one kind of entry (enrolled, offered, waitlisted), or all. */
export const RosterQuerySchema = z.object({ status: optionalFilter(z.enum(ROSTER_STATUSES)) });
export type RosterQuery = z.output<typeof RosterQuerySchema>;

export const SectionDateSchema = z.object({ sectionId: id, date: isoDate });

/** The most marks one request carries: far above any section's capacity. */
export const MAX_MARKS = 500;

/** One request's marks: each enrollment at most once. */
const Marks = z
  .array(z.object({ enrollmentId: id, status: z.enum(ATTENDANCE_STATUSES) }))
  .min(1)
  .max(MAX_MARKS)
  .refine((marks) => new Set(marks.map((m) => m.enrollmentId)).size === marks.length, { params: { messageKey: "teaching.errors.duplicateMark" } });

/** The body of a marking request (the section comes from the path or the form). */
export const AttendanceMarksSchema = z.object({ date: isoDate, marks: Marks });
export const MarkAttendanceSchema = AttendanceMarksSchema.extend({ sectionId: id });
export type MarkAttendanceInput = z.input<typeof MarkAttendanceSchema>;
