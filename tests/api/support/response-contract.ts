import type { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiResponseObject } from "zod-openapi";
import { API_PATHS } from "@/lib/api/api-paths";

/**
 * The API's responses held to the OpenAPI document: each response is checked against the zod schema
 * its operation declares for that status and content type. An undocumented path, method, status or
 * content type fails like a body that does not parse. Shared by the integration tests (route
 * functions) and the end-to-end tests (HTTP against the production server); no test runner inside.
 */

const METHODS = ["get", "put", "post", "patch", "delete"] as const;
type Method = (typeof METHODS)[number];

export interface ApiOperation {
  method: Method;
  /** The path template as the document writes it, e.g. `/api/v1/field-trips/{id}`. */
  template: string;
  params: Record<string, string>;
  operation: ZodOpenApiOperationObject;
}

const TEMPLATES = Object.keys(API_PATHS).map((template) => ({
  template,
  names: [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
  pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{\w+\}/g, "([^/]+)")}$`),
}));

/** The documented operation a request goes to; throws when the document has none. */
export function findOperation(method: string, url: string): ApiOperation {
  const pathname = new URL(url, "http://localhost").pathname;
  const verb = method.toLowerCase() as Method;
  for (const { template, names, pattern } of TEMPLATES) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    const operation = API_PATHS[template][verb];
    if (!operation) throw new Error(`${method.toUpperCase()} ${template} is not in the OpenAPI document`);
    const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
    return { method: verb, template, params, operation };
  }
  throw new Error(`no path of the OpenAPI document matches ${pathname}`);
}

/**
 * Every operation of the document, as `METHOD template`; with `tags`, only the operations tagged with
 * one of them (each area's API test file asks for its own).
 */
export function documentedOperations(tags?: readonly string[]): string[] {
  return Object.entries(API_PATHS).flatMap(([template, item]) =>
    METHODS.filter((m) => item[m] && (!tags || (item[m]?.tags ?? []).some((tag) => tags.includes(tag)))).map((m) => `${m.toUpperCase()} ${template}`),
  );
}

/** What was checked: `METHOD template status`, for a test to ask whether every operation was exercised. */
export const checkedResponses = new Set<string>();

/**
 * Checks one response against the document and returns its body (parsed JSON, or the text of other
 * media types). Throws with the path, status and zod's issues when the response breaks the contract.
 */
export function checkResponse(api: ApiOperation, status: number, contentType: string | null, text: string): unknown {
  const where = `${api.method.toUpperCase()} ${api.template} → ${status}`;
  const declared = api.operation.responses[String(status) as `${2 | 3 | 4 | 5}${string}`] as ZodOpenApiResponseObject | undefined;
  if (!declared) throw new Error(`${where}: status not documented (body: ${text.slice(0, 300)})`);
  if ("$ref" in declared) throw new Error(`${where}: a $ref response cannot be checked`);
  const mediaType = contentType?.split(";")[0].trim() ?? "";
  const content = declared.content ?? {};
  if (!mediaType) {
    if (text === "" && Object.keys(content).length === 0) return undefined;
    throw new Error(`${where}: no content type, documented ${Object.keys(content).join(", ") || "none"}`);
  }
  const schema = content[mediaType]?.schema as z.ZodType | undefined;
  if (!schema) throw new Error(`${where}: ${mediaType} not documented (documented: ${Object.keys(content).join(", ") || "none"})`);
  if (typeof (schema as { safeParse?: unknown }).safeParse !== "function") throw new Error(`${where}: ${mediaType} has no zod schema`);
  let body: unknown = text;
  if (mediaType === "application/json") {
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`${where}: not JSON: ${text.slice(0, 300)}`);
    }
  }
  const result = schema.safeParse(body);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(root)"}: ${issue.message}`).join("\n");
    throw new Error(`${where}: the ${mediaType} body breaks its schema\n${issues}\nbody: ${text.slice(0, 500)}`);
  }
  checkedResponses.add(`${api.method.toUpperCase()} ${api.template} ${status}`);
  return body;
}
