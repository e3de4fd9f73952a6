import "server-only";
import { getToken } from "next-auth/jwt";
import { createTranslator } from "next-intl";
import { NextRequest } from "next/server";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db.server";
import type { Db } from "@/lib/db/create-client";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/db/unavailable";
import { authSecret } from "@/lib/env";
import { forbidden, HTTP_STATUS, invalid, unsupportedMediaType } from "@/lib/errors";
import { localizeError } from "@/lib/i18n/localize-error";
import { CENTER_TIME_ZONE, defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { id, parseInput } from "@/lib/validation";
import { z } from "zod";
import { isSameOriginRequest, isStateChanging } from "./same-origin";

export interface ApiContext<P> {
  request: Request;
  params: P;
  actor: Actor | null;
  db: Db;
  locale: Locale;
  /** The request's clock: what "may this happen now" is decided against. */
  now: Date;
}

/**
 * Wraps a `/api/v1` handler: resolves the session and locale, answers a returned value as JSON
 * (201 for POST unless `status` says otherwise) and turns domain errors into
 * `{ error: { code, message, fieldErrors } }` with the matching HTTP status, never a bare 500 for bad input.
 * Before the handler runs, a state-changing request must come from the portal's own origin (403)
 * and carry `Content-Type: application/json` (415), and every path parameter must be a valid id (422).
 * Everything comes from the request itself (session cookie, headers), not from Next's request scope,
 * so the API's integration tests call the very same route functions.
 */
export function apiRoute<P = Record<string, never>>(handler: (ctx: ApiContext<P>) => Promise<unknown>, { status }: { status?: number } = {}) {
  return async (request: Request, context: { params: Promise<P> }) => {
    const locale = requestLocale(request);
    const headers = { "Content-Language": locale };
    try {
      checkWriteRequest(request);
      // Next passes no params at all to a route without dynamic segments.
      const params = parseInput(PathParamsSchema, (await context?.params) ?? {}) as P;
      const db = getDb();
      const actor = await requestActor(db, request);
      const result = await handler({ request, params, actor, db, locale, now: new Date() });
      if (result instanceof Response) return result;
      return Response.json(result ?? null, { status: status ?? (request.method === "POST" ? 201 : 200), headers });
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        console.error("[api] database unavailable:", error instanceof Error ? error.message : error);
        const message = (await apiTranslator(locale))("errors.unavailable");
        const unavailableHeaders = { ...headers, "Retry-After": String(RETRY_AFTER_SECONDS) };
        return Response.json({ error: { code: "unavailable", message, fieldErrors: {} } }, { status: 503, headers: unavailableHeaders });
      }
      const { code, message, fieldErrors } = localizeError(error, await apiTranslator(locale));
      if (code === "internal") console.error(error);
      return Response.json({ error: { code, message, fieldErrors } }, { status: code === "internal" ? 500 : HTTP_STATUS[code], headers });
    }
  };
}

/** Path parameters are ids or slugs: one shared schema, so `%00` or a megabyte of path is a 422, not a database error. */
const PathParamsSchema = z.record(z.string(), id);

/**
 * The CSRF rule (ADR 0006): a write must come from our own origin, and as JSON — a cross-site form
 * cannot send `application/json`, and a cross-site script cannot without a CORS preflight we never grant.
 */
function checkWriteRequest(request: Request) {
  if (!isStateChanging(request.method)) return;
  if (!isSameOriginRequest(request)) throw forbidden("errors.crossOrigin");
  const mediaType = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
  if (mediaType !== "application/json") throw unsupportedMediaType();
}

/** The signed-in actor of an API request: the session cookie (as next-auth wrote it), then the user as the database has them now. */
async function requestActor(db: Db, request: Request): Promise<Actor | null> {
  // Next hands routes a NextRequest; anything else is rebuilt from its URL and headers (never its body).
  const req = request instanceof NextRequest ? request : new NextRequest(request.url, { headers: request.headers });
  const token = await getToken({ req, secret: authSecret() });
  return loadActor(db, token, request.headers);
}

/** Messages of one locale for API text (errors, file labels), outside any page render. */
export async function apiTranslator(locale: Locale, namespace?: string) {
  return createTranslator({ locale, messages: await loadMessages(locale), namespace, timeZone: CENTER_TIME_ZONE }) as unknown as (
    key: string,
    params?: Record<string, string | number>,
  ) => string;
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
