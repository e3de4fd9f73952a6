import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from "zod-openapi";
import { AREAS, type AreaKey, type OpenApiTag } from "@/lib/areas";
import { FIELD_TRIP_PATHS } from "@/lib/field-trips/api/openapi-paths";
import { COURSE_CATALOGUE_PATHS } from "@/lib/courses/api/catalogue-paths";
import { ENROLLMENT_PATHS } from "@/lib/courses/api/enrollment-paths";
import { TEACHING_PATHS } from "@/lib/courses/api/teaching-paths";
import { errorResponses } from "./error-schema";
import { SYSTEM_PATHS, SYSTEM_TAG } from "./system-paths";

/** A tag of the document: described in words, or by a catalog key (the area registry's way). */
export type ApiTag = OpenApiTag | { name: string; description: string };

/** What a part of the API adds to the document: its tags and its operations. */
export interface ApiSection {
  tags: readonly ApiTag[];
  paths: ZodOpenApiPathsObject;
}

/** Each area's operations; its tags come from the area registry (`lib/areas.ts`). A new area adds its paths here. */
const AREA_PATHS: Partial<Record<AreaKey, ZodOpenApiPathsObject>> = {
  fieldTrips: FIELD_TRIP_PATHS,
  courses: {
    ...COURSE_CATALOGUE_PATHS,
    ...ENROLLMENT_PATHS,
    ...TEACHING_PATHS,
  },
};

/** `/api/v1` in the order the document lists it: the API itself, then the areas in registry order. */
export const API_SECTIONS: readonly ApiSection[] = [
  { tags: [SYSTEM_TAG], paths: SYSTEM_PATHS },
  ...AREAS.flatMap((area) => (AREA_PATHS[area.key] ? [{ tags: area.openApiTags, paths: AREA_PATHS[area.key]! }] : [])),
];

const WRITE_METHODS = ["post", "put", "patch", "delete"] as const;

/**
 * The refusals `apiRoute` adds to every operation, documented once here rather than by each area:
 * a write from another origin (403) or not sent as JSON (415), and a malformed path parameter (422).
 */
function withRequestRules(paths: ZodOpenApiPathsObject): ZodOpenApiPathsObject {
  return Object.fromEntries(
    Object.entries(paths).map(([template, item]) => {
      const rules = (method: string, operation: ZodOpenApiOperationObject): ZodOpenApiOperationObject => {
        const write = (WRITE_METHODS as readonly string[]).includes(method);
        const statuses = [...(write ? ([403, 415] as const) : []), ...(template.includes("{") ? ([422] as const) : [])];
        return statuses.length ? { ...operation, responses: { ...errorResponses(...statuses), ...operation.responses } } : operation;
      };
      const methods = Object.entries(item).map(([method, value]) =>
        ["get", "put", "post", "patch", "delete"].includes(method) ? [method, rules(method, value as ZodOpenApiOperationObject)] : [method, value],
      );
      return [template, Object.fromEntries(methods)];
    }),
  );
}

/** Every operation of the API with its zod request and response schemas (what the API tests check responses against). */
export const API_PATHS: ZodOpenApiPathsObject = withUnavailable(withRequestRules(Object.assign({}, ...API_SECTIONS.map((section) => section.paths))));

/** Any operation may find the database gone (lib/db/unavailable.ts): each documents the 503 unless it has its own. */
function withUnavailable(paths: ZodOpenApiPathsObject): ZodOpenApiPathsObject {
  for (const item of Object.values(paths)) {
    for (const method of ["get", "put", "post", "delete", "patch"] as const) {
      const operation = item?.[method];
      if (operation?.responses && !operation.responses["503"]) Object.assign(operation.responses, errorResponses(503));
    }
  }
  return paths;
}
