import { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from "zod-openapi";
import { errorResponses } from "@/lib/api/error-schema";
import { PAGE_PARAMETER_DOCS } from "@/lib/api/paging";
import { LocaleParameter, documentedQuery, pathParameter } from "@/lib/api/parameters";
import { AUDIENCE_AGES, DEFAULT_OFFER_HOURS, MAX_GUARDIANS_PER_LEARNER } from "../rules";
import { AddLearnerSchema, DropEnrollmentSchema, EnrollSchema, LearnerListQuerySchema, MyEnrollmentsQuerySchema } from "../schemas";
import { EnrollResultSchema, EnrollmentPageSchema, EnrollmentSchema, LearnerPageSchema, LearnerSchema } from "./enrollment-response-schemas";

/**
 * The enrollment engine's part of the OpenAPI document: `/api/v1/learners` and `/api/v1/enrollments`,
 * with bodies as the zod schemas the services parse and the serializers return. Numbers come from `../rules.ts`.
 */

/** The tags `lib/areas.ts` declares for this part of the courses area. */
export const LEARNERS_TAG = "Learners";
export const ENROLLMENTS_TAG = "Enrollments";

export const ENROLLMENT_REQUEST_BODIES = {
  AddLearner: AddLearnerSchema.meta({ id: "AddLearner" }),
  Enroll: EnrollSchema.meta({ id: "Enroll" }),
  DropEnrollment: DropEnrollmentSchema.meta({ id: "DropEnrollment" }),
} as const;

const EnrollmentId = pathParameter("id", "enrollmentId", { description: "The enrollment's id." });
const json = <S extends z.ZodType>(schema: S, description: string) => ({ description, content: { "application/json": { schema } } });
const body = <S extends z.ZodType>(schema: S, required = true) => ({ required, content: { "application/json": { schema } } });
const learners = (operation: Omit<ZodOpenApiOperationObject, "tags">): ZodOpenApiOperationObject => ({ tags: [LEARNERS_TAG], ...operation });
const enrollments = (operation: Omit<ZodOpenApiOperationObject, "tags">): ZodOpenApiOperationObject => ({ tags: [ENROLLMENTS_TAG], ...operation });

const AGES = Object.entries(AUDIENCE_AGES)
  .map(([audience, { min, max }]) => `\`${audience}\` ${min}${max === null ? "+" : `–${max}`}`)
  .join(", ");

export const ENROLLMENT_PATHS: ZodOpenApiPathsObject = {
  "/api/v1/learners": {
    get: learners({
      operationId: "listOwnLearners",
      summary: "The caller's learners",
      description: "The caller as a learner (if saved), then the learners they are a guardian of.",
      requestParams: { query: documentedQuery(LearnerListQuerySchema, PAGE_PARAMETER_DOCS) },
      parameters: [LocaleParameter],
      responses: { "200": json(LearnerPageSchema, "A page of learners."), ...errorResponses(401, 403, 422) },
    }),
    post: learners({
      operationId: "addLearner",
      summary: "Add a learner the caller looks after (a child)",
      description: `The caller becomes the learner's first guardian; a learner has at most ${MAX_GUARDIANS_PER_LEARNER} guardians.`,
      parameters: [LocaleParameter],
      requestBody: body(ENROLLMENT_REQUEST_BODIES.AddLearner),
      responses: { "201": json(LearnerSchema, "The new learner."), ...errorResponses(401, 403, 422) },
    }),
  },
  "/api/v1/enrollments": {
    get: enrollments({
      operationId: "listOwnEnrollments",
      summary: "The enrollments of the caller's learners",
      description: "Every enrollment of the learners the caller looks after, with waitlist position, offer deadline and payment status.",
      requestParams: {
        query: documentedQuery(MyEnrollmentsQuerySchema, {
          ...PAGE_PARAMETER_DOCS,
          status: { description: "Only enrollments in this status." },
          learnerId: { description: "Only this learner's enrollments." },
        }),
      },
      parameters: [LocaleParameter],
      responses: { "200": json(EnrollmentPageSchema, "A page of enrollments."), ...errorResponses(401, 403, 422) },
    }),
    post: enrollments({
      operationId: "enroll",
      summary: "Enroll a learner in a section",
      description: [
        "The learner themself, a guardian, or staff on the learner's behalf. A free place is taken at once (`outcome: enrolled`); otherwise the learner joins the end of the waitlist (`outcome: waitlisted`, with a position).",
        `The learner's age in the year the term starts must fit the course's audience (${AGES}); the enrollment deadline must not have passed (staff excepted); one active enrollment per learner and section.`,
        "When the section's weekly meetings clash with the learner's other sections the answer is 409 `scheduleClash` naming them; send `acknowledgeClash: true` to go ahead.",
        `When a place frees up, the first in line is offered it for the section's offer hours (default ${DEFAULT_OFFER_HOURS}), or enrolled straight away in sections that enroll automatically.`,
      ].join("\n\n"),
      parameters: [LocaleParameter],
      requestBody: body(ENROLLMENT_REQUEST_BODIES.Enroll),
      responses: { "201": json(EnrollResultSchema, "The enrollment, enrolled or waitlisted."), ...errorResponses(401, 403, 404, 409, 422) },
    }),
  },
  "/api/v1/enrollments/{id}": {
    get: enrollments({
      operationId: "getEnrollment",
      summary: "One enrollment",
      description: "For the learner, their guardians, the section's teacher and staff; 404 for anyone else.",
      parameters: [EnrollmentId, LocaleParameter],
      responses: { "200": json(EnrollmentSchema, "The enrollment."), ...errorResponses(401, 404) },
    }),
    delete: enrollments({
      operationId: "dropEnrollment",
      summary: "Drop an enrollment (staff: remove the learner)",
      description: "Ends an enrolled, offered or waitlisted enrollment; declining an offer is a drop. A place it held is offered to the next in line at once. The body (an optional `reason`) may be left out.",
      parameters: [EnrollmentId, LocaleParameter],
      requestBody: body(ENROLLMENT_REQUEST_BODIES.DropEnrollment, false),
      responses: { "200": json(EnrollmentSchema, "The enrollment, CANCELLED."), ...errorResponses(401, 403, 404, 409, 422) },
    }),
  },
  "/api/v1/enrollments/{id}/accept": {
    post: enrollments({
      operationId: "acceptOffer",
      summary: "Accept an offered place",
      description: "Before the offer's deadline (`offerExpiresAt`); the enrollment becomes ENROLLED.",
      parameters: [EnrollmentId, LocaleParameter],
      responses: { "200": json(EnrollmentSchema, "The enrollment, ENROLLED."), ...errorResponses(401, 403, 404, 409, 422) },
    }),
  },
};
