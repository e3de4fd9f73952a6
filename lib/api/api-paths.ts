import type { ZodOpenApiPathsObject } from "zod-openapi";
import { AREAS, type AreaKey, type OpenApiTag } from "@/lib/areas";
import { FIELD_TRIP_PATHS } from "@/lib/field-trips/api/openapi-paths";
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
};

/** `/api/v1` in the order the document lists it: the API itself, then the areas in registry order. */
export const API_SECTIONS: readonly ApiSection[] = [
  { tags: [SYSTEM_TAG], paths: SYSTEM_PATHS },
  ...AREAS.flatMap((area) => (AREA_PATHS[area.key] ? [{ tags: area.openApiTags, paths: AREA_PATHS[area.key]! }] : [])),
];

/** Every operation of the API with its zod request and response schemas (what the API tests check responses against). */
export const API_PATHS: ZodOpenApiPathsObject = withUnavailable(Object.assign({}, ...API_SECTIONS.map((section) => section.paths)));

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
