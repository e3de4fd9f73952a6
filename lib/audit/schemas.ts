import { z } from "zod";
import { pageQuerySchema } from "@/lib/paging";
import { optionalFilter } from "@/lib/validation";

const noNul = (v: string) => !v.includes("\u0000");
const filterText = (max: number) => optionalFilter(z.string().trim().min(1).max(max).refine(noNul, { error: "validation.format" }));
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.date" });

export const AUDIT_SORTS = ["createdAt", "action", "entity"] as const;
export type AuditSort = (typeof AUDIT_SORTS)[number];

/** The viewer's filters (all in the URL): who, what kind of record, which action, which record, when (Center dates, inclusive). */
export const AuditFilterSchema = z
  .object({
    /** The actor's email (contains) or exact user id. */
    actor: filterText(254),
    entity: filterText(64),
    action: filterText(64),
    entityId: filterText(64),
    from: optionalFilter(isoDate),
    to: optionalFilter(isoDate),
  })
  .refine((v) => !v.from || !v.to || v.to >= v.from, { path: ["to"], params: { messageKey: "validation.dateOrder" } });

export const AuditQuerySchema = AuditFilterSchema.and(pageQuerySchema(AUDIT_SORTS, { sort: "createdAt", dir: "desc" }));
export type AuditQuery = z.output<typeof AuditQuerySchema>;
export type AuditFilter = z.output<typeof AuditFilterSchema>;
