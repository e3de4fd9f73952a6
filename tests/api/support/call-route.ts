import path from "node:path";
import { encode } from "next-auth/jwt";
import { startSession } from "@/lib/auth/start-session";
import { authSecret } from "@/lib/env";
import { db } from "@/tests/support/factories";
import { checkResponse, findOperation } from "./response-contract";

/**
 * Calls the API's route functions (the exports of `app/api/v1/**\/route.ts`, what Next runs) with a
 * real Request, signed in through a real next-auth session cookie, and holds every response to the
 * OpenAPI document (`checkResponse`). Nothing of ours is replaced: the routes reach the services and
 * the test database as they do in production.
 */

// The session secret of a test run (`npm test` sets one for every suite; a lone Vitest run gets this).
process.env.AUTH_SECRET ??= "integration-tests-session-secret-0123456789";

const API_DIR = path.resolve(__dirname, "../../../app");
type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

/** Someone to call the API as: a user id (signed in) or nobody. */
export type Caller = { id: string } | null;

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the text of other media types, after the contract check. */
  body: T;
}

/** The session cookie next-auth sets at sign-in, for `userId` and session `sid` (same secret, same cookie name rules). */
export async function sessionCookie(userId: string, sid?: string): Promise<string> {
  const secure = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
  const name = secure ? "__Secure-next-auth.session-token" : "next-auth.session-token";
  sid ??= await signedInSession(userId);
  return `${name}=${await encode({ token: { sub: userId, sid }, secret: authSecret()! })}`;
}

// One session row per caller, as if each had signed in once (a token needs a live session: ADR 0003).
const sessions = new Map<string, Promise<string>>();
const signedInSession = (userId: string) => {
  let sid = sessions.get(userId);
  if (!sid) sessions.set(userId, (sid = startSession(db, userId)));
  return sid;
};

/**
 * `method url` as `caller`: the route function for the documented operation runs and its response is
 * checked against the document before the test sees it. `body` is sent as JSON unless it is a string.
 */
export async function callApi<T = unknown>(
  caller: Caller,
  method: string,
  url: string,
  { body, headers = {} }: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const api = findOperation(method, url);
  const file = path.join(API_DIR, ...api.template.split("/").filter(Boolean).map((s) => s.replace(/^\{(\w+)\}$/, "[$1]")), "route.ts");
  const handler = ((await import(/* @vite-ignore */ file)) as Record<string, RouteHandler | undefined>)[method.toUpperCase()];
  if (!handler) throw new Error(`${file} exports no ${method.toUpperCase()}`);
  const requestHeaders = new Headers(headers);
  if (caller) requestHeaders.append("cookie", await sessionCookie(caller.id));
  // Writes go as JSON, as the API demands (lib/http/api-route.ts); `content-type: ""` sends none.
  if ((body !== undefined || method.toUpperCase() !== "GET") && !requestHeaders.has("content-type")) requestHeaders.set("content-type", "application/json");
  if (requestHeaders.get("content-type") === "") requestHeaders.delete("content-type");
  const request = new Request(new URL(url, "http://localhost"), {
    method: method.toUpperCase(),
    headers: requestHeaders,
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const response = await handler(request, { params: Promise.resolve(api.params) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: checkResponse(api, response.status, response.headers.get("content-type"), text) as T };
}

/** `callApi` bound to one caller. */
export function as(caller: Caller) {
  return {
    get: <T = unknown>(url: string, options?: { headers?: Record<string, string> }) => callApi<T>(caller, "GET", url, options),
    post: <T = unknown>(url: string, body?: unknown, options?: { headers?: Record<string, string> }) => callApi<T>(caller, "POST", url, { ...options, body }),
    patch: <T = unknown>(url: string, body?: unknown, options?: { headers?: Record<string, string> }) => callApi<T>(caller, "PATCH", url, { ...options, body }),
  };
}
