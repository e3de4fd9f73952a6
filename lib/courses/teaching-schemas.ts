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

export const MarkAttendanceSchema = z
  .object({
    sectionId: id,
    date: isoDate,
    marks: z.array(z.object({ enrollmentId: id, status: z.enum(ATTENDANCE_STATUSES) })).min(1).max(MAX_MARKS),
  })
  .refine((v) => new Set(v.marks.map((m) => m.enrollmentId)).size === v.marks.length, {
    path: ["marks"],
    params: { messageKey: "teaching.errors.duplicateMark" },
  });
export type MarkAttendanceInput = z.input<typeof MarkAttendanceSchema>;
