import { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from "zod-openapi";
import { errorResponses } from "@/lib/api/error-schema";
import { areaOf } from "@/lib/areas";
import { LocaleParameter, documentedQuery, pathParameter } from "@/lib/api/parameters";
import { AttendanceMarksSchema, MAX_MARKS, RosterQuerySchema, SectionDateSchema } from "../teaching-schemas";
import { COUNTS_AS_ATTENDED } from "../rules";
import { AttendanceSheetSchema, SectionRosterSchema } from "./teaching-schemas";

/**
 * The teaching part of the OpenAPI document: a section's roster and its attendance, for the section's
 * teacher and staff. Request and response bodies are the zod schemas the routes parse and serialize with.
 */

/** The tag these operations sit under, as the area registry names it (lib/areas.ts). */
const TEACHING_TAG = areaOf("courses").openApiTags.find((tag) => tag.descriptionKey === "teaching.api.tag")!.name;

export const TEACHING_REQUEST_BODIES = {
  MarkAttendance: AttendanceMarksSchema.meta({ id: "MarkAttendance" }),
} as const;

const SectionId = pathParameter("id", "sectionId", { description: "The section's id." });
const json = <S extends z.ZodType>(schema: S, description: string) => ({ description, content: { "application/json": { schema } } });
const teaching = (operation: Omit<ZodOpenApiOperationObject, "tags">): ZodOpenApiOperationObject => ({ tags: [TEACHING_TAG], ...operation });
const WHO = "The section's teacher and staff; 404 for a section the caller does not teach, 403 for someone who reads no rosters.";
const ATTENDED = COUNTS_AS_ATTENDED.map((s) => `\`${s}\``).join(" and ");

export const TEACHING_PATHS: ZodOpenApiPathsObject = {
  "/api/v1/sections/{id}/roster": {
    get: teaching({
      operationId: "getSectionRoster",
      summary: "A section's roster and waitlist",
      description: `${WHO} Enrolled learners with their attendance rate (${ATTENDED} count as attended, out of every marked meeting), offered learners, then the waitlist in queue order with positions. A child's guardians come with their contacts.`,
      requestParams: { query: documentedQuery(RosterQuerySchema, { status: { description: "Only entries of this status." } }) },
      parameters: [SectionId, LocaleParameter],
      responses: { "200": json(SectionRosterSchema, "The roster."), ...errorResponses(401, 403, 404, 422) },
    }),
  },
  "/api/v1/sections/{id}/attendance": {
    get: teaching({
      operationId: "getSectionAttendance",
      summary: "The attendance sheet of one meeting date",
      description: `${WHO} \`date\` must be a date the section meets on (422 otherwise); a cancelled or future date is shown with \`refusal\` saying why it cannot be marked.`,
      requestParams: { query: documentedQuery(SectionDateSchema.omit({ sectionId: true }), { date: { description: "A Center calendar date, YYYY-MM-DD." } }) },
      parameters: [SectionId, LocaleParameter],
      responses: { "200": json(AttendanceSheetSchema, "The sheet."), ...errorResponses(401, 403, 404, 422) },
    }),
    put: teaching({
      operationId: "markSectionAttendance",
      summary: "Mark attendance for one meeting date",
      description: `${WHO} Sets each listed learner's mark for the date (a correction replaces the earlier mark). Only learners ENROLLED in the section, at most ${MAX_MARKS} a request, on a date the section meets, not cancelled and not in the future; anything else is refused whole (422) and nothing is written.`,
      parameters: [SectionId, LocaleParameter],
      requestBody: { required: true, content: { "application/json": { schema: TEACHING_REQUEST_BODIES.MarkAttendance } } },
      responses: { "200": json(AttendanceSheetSchema, "The sheet after marking."), ...errorResponses(401, 403, 404, 422) },
    }),
  },
};
