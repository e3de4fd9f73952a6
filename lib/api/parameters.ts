import { z } from "zod";
import type { GlobalMeta } from "zod/v4/core";
import { locales } from "@/lib/i18n/locales";

/** `?locale=`: every operation takes it (apiRoute reads it before Accept-Language). */
export const LocaleParameter = z
  .enum(locales)
  .optional()
  .meta({
    description: "Language of messages and content; otherwise the first supported language in `Accept-Language`, then English.",
    param: { id: "locale", in: "query", name: "locale" },
  });

/** A required path parameter, shared as a component under `id`. */
export function pathParameter(name: string, id: string, meta: Omit<GlobalMeta, "param"> = {}) {
  return z.string().meta({ ...meta, param: { id, in: "path", name, required: true } });
}

/**
 * A query schema with documentation on some of its fields. Parsing is unchanged (metadata only), so
 * the document describes exactly the schema the route parses with. Non-object schemas pass through.
 */
export function documentedQuery<S extends z.ZodType>(schema: S, docs: Record<string, GlobalMeta>): S {
  if (!(schema instanceof z.ZodObject)) return schema;
  const shape = schema.shape as Record<string, z.ZodType>;
  const documented = Object.fromEntries(Object.entries(docs).filter(([name]) => name in shape).map(([name, meta]) => [name, shape[name].meta(meta)]));
  return schema.extend(documented) as unknown as S;
}
