import "server-only";
import { getTranslations } from "next-intl/server";
import { HTTP_STATUS, invalid } from "@/lib/errors";
import { getActor } from "@/lib/auth/session.server";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db.server";
import type { Db } from "@/lib/db/create-client";
import { localizeError } from "@/lib/i18n/localize-error";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";

export interface ApiContext<P> {
  request: Request;
  params: P;
  actor: Actor | null;
  db: Db;
  locale: Locale;
}

/**
 * Wraps a `/api/v1` handler: resolves the session and locale, turns domain errors into
 * `{ error: { code, message, fieldErrors } }` with the matching HTTP status, never a bare 500 for bad input.
 */
export function apiRoute<P = Record<string, never>>(handler: (ctx: ApiContext<P>) => Promise<unknown>) {
  return async (request: Request, context: { params: Promise<P> }) => {
    const locale = requestLocale(request);
    try {
      const result = await handler({ request, params: await context.params, actor: await getActor(), db: getDb(), locale });
      if (result instanceof Response) return result;
      return Response.json(result ?? null, { status: request.method === "POST" ? 201 : 200 });
    } catch (error) {
      const t = await getTranslations({ locale });
      const { code, message, fieldErrors } = localizeError(error, t as never);
      if (code === "internal") console.error(error);
      return Response.json(
        { error: { code, message, fieldErrors } },
        { status: code === "internal" ? 500 : HTTP_STATUS[code], headers: { "Content-Language": locale } },
      );
    }
  };
}

/** `?locale=` wins, then the first supported language in Accept-Language, then English. */
export function requestLocale(request: Request): Locale {
  const fromQuery = new URL(request.url).searchParams.get("locale");
  if (isLocale(fromQuery)) return fromQuery;
  for (const part of (request.headers.get("accept-language") ?? "").split(",")) {
    const tag = part.split(";")[0].trim().toLowerCase().split("-")[0];
    if (isLocale(tag)) return tag;
  }
  return defaultLocale;
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw invalid("errors.malformedJson");
  }
}
