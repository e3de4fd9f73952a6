import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { errorResponses } from "@/lib/api/error-schema";
import { PAGE_PARAMETER_DOCS } from "@/lib/api/paging";
import { LocaleParameter, documentedQuery, pathParameter } from "@/lib/api/parameters";
import { ACTIVE_STATUSES } from "../rules";
import { RosterExportQuerySchema } from "../roster-schemas";
import { ROSTER_CSV_COLUMNS } from "./roster-csv";
import { ROSTERS_API_TAG } from "./roster-tag";

/** The roster export's part of the OpenAPI document. */

const SectionId = pathParameter("id", "rosterSectionId", { description: "The course section's id." });

export const ROSTER_PATHS: ZodOpenApiPathsObject = {
  "/api/v1/sections/{id}/roster.csv": {
    get: {
      tags: [ROSTERS_API_TAG.name],
      operationId: "exportSectionRoster",
      summary: "A section's roster and waitlist as CSV",
      description: [
        "Staff only. Every enrollment of the section matching the filters (the same the back-office roster page takes), in the asked order; without `status` the live ones (" +
          ACTIVE_STATUSES.map((s) => `\`${s}\``).join(", ") +
          "). Waitlisted rows carry their position in the queue.",
        `Columns: ${ROSTER_CSV_COLUMNS.map((c) => `\`${c}\``).join(", ")}.`,
      ].join("\n\n"),
      requestParams: {
        query: documentedQuery(RosterExportQuerySchema, {
          sort: PAGE_PARAMETER_DOCS.sort,
          dir: PAGE_PARAMETER_DOCS.dir,
          status: { description: "An enrollment status; empty or absent: the live ones." },
          payment: { description: "A payment status." },
          q: { description: "Part of the learner's name (any case)." },
        }),
      },
      parameters: [SectionId, LocaleParameter],
      responses: {
        "200": {
          description: 'The CSV file (`Content-Disposition: attachment; filename="roster-<section code>-<YYYY-MM-DD>.csv"`).',
          content: { "text/csv": { schema: z.string() } },
        },
        ...errorResponses(401, 403, 404, 422),
      },
    },
  },
};
