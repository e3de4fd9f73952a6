import { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from "zod-openapi";
import { errorResponses } from "@/lib/api/error-schema";
import { PAGE_PARAMETER_DOCS } from "@/lib/api/paging";
import { LocaleParameter, documentedQuery, pathParameter } from "@/lib/api/parameters";
import { CourseListQuerySchema } from "../list-courses";
import { TIMES_OF_DAY } from "../rules";
import { CourseDetailSchema, CoursePageSchema, PublicSectionSchema } from "./catalogue-response-schemas";

/** The public course catalogue's part of the OpenAPI document: `/api/v1/courses` and the public reads of `/api/v1/sections/{id}`. */

/** The tag the area registry gives the catalogue (`lib/areas.ts`). */
export const COURSES_TAG = "Courses";

const json = <S extends z.ZodType>(schema: S, description: string) => ({ description, content: { "application/json": { schema } } });
const courses = (operation: Omit<ZodOpenApiOperationObject, "tags">): ZodOpenApiOperationObject => ({ tags: [COURSES_TAG], security: [], ...operation });

const Slug = pathParameter("slug", "courseSlug", { examples: ["adult-russian-a1-evening"] });
const SectionId = pathParameter("id", "publicSectionId", { description: "The section's id." });
const TIMES = Object.entries(TIMES_OF_DAY)
  .map(([name, { from, to }]) => `\`${name}\` ${String(from / 60).padStart(2, "0")}:00–${String(to / 60).padStart(2, "0")}:00`)
  .join(", ");

export const COURSE_CATALOGUE_PATHS: ZodOpenApiPathsObject = {
  "/api/v1/courses": {
    get: courses({
      operationId: "listCourses",
      summary: "List published courses",
      description:
        "Course filters (`level`, `audience`) pick courses; section filters (`weekday`, `time`, `format`, `language`, `open`) keep a course when one of its sections meets them all, and list only such sections. `sort=title` orders by the title in the request's language, `sort=level` by CEFR level.",
      requestParams: {
        query: documentedQuery(CourseListQuerySchema, {
          ...PAGE_PARAMETER_DOCS,
          weekday: { description: "ISO weekday a section meets on, 1 = Monday." },
          time: { description: `The part of the day a meeting starts in, Center time: ${TIMES}.` },
          language: { description: "The language the teacher explains in." },
          open: { description: "`true`: only sections whose enrollment deadline has not passed (open, or full with the waitlist open)." },
        }),
      },
      parameters: [LocaleParameter],
      responses: { "200": json(CoursePageSchema, "A page of courses."), ...errorResponses(422) },
    }),
  },
  "/api/v1/courses/{slug}": {
    get: courses({
      operationId: "getCourse",
      summary: "One course with its sections, their state and places left",
      parameters: [Slug, LocaleParameter],
      responses: { "200": json(CourseDetailSchema, "The course."), ...errorResponses(404) },
    }),
  },
  "/api/v1/sections/{id}": {
    get: courses({
      operationId: "getSection",
      summary: "One section of a published course",
      parameters: [SectionId, LocaleParameter],
      responses: { "200": json(PublicSectionSchema, "The section."), ...errorResponses(404) },
    }),
  },
  "/api/v1/sections/{id}/calendar.ics": {
    get: courses({
      operationId: "getSectionCalendar",
      summary: "The section's timetable as iCalendar",
      description:
        "One weekly event per meeting in Asia/Karachi time (`RRULE:FREQ=WEEKLY;UNTIL=` the term's end), `EXDATE` for each cancelled meeting; stable UIDs, so importing it again updates the events.",
      parameters: [SectionId, LocaleParameter],
      responses: {
        "200": { description: "The calendar file.", content: { "text/calendar": { schema: z.string() } } },
        ...errorResponses(404),
      },
    }),
  },
};
