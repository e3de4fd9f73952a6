/** The OpenAPI tag of the roster export, registered with the courses area in `lib/areas.ts`. */
export const ROSTERS_API_TAG = { name: "Rosters", descriptionKey: "courseRosters.api.rostersTag" } as const;
