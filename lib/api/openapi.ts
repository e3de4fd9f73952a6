import { createDocument } from "zod-openapi";
import { createTranslator } from "next-intl";
import { defaultLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { API_PATHS, API_SECTIONS } from "./api-paths";

// zod-openapi, not @asteasolutions/zod-to-openapi: both take zod 4, but zod-openapi reads zod's own
// `.meta()` (no prototype patching), renders request and response schemas as zod's input and output
// JSON Schema, and has no dependencies; its 5.x line is the one that still runs on Node 20.

let document: Promise<ReturnType<typeof createDocument>> | undefined;

/**
 * The OpenAPI 3.1 document for `/api/v1`, generated from the zod schemas the routes parse requests
 * with and type their responses by, so the document drifts from neither. Built once per process.
 */
export function buildOpenApiDocument() {
  document ??= createOpenApiDocument();
  return document;
}

async function createOpenApiDocument() {
  // Tag descriptions the area registry names by catalog key are read in English, the document's language.
  const t = createTranslator({ locale: defaultLocale, messages: await loadMessages(defaultLocale) }) as unknown as (key: string) => string;
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Friendship Center portal API",
      version: "1.0.0",
      description: [
        "The JSON API of the Russian–Pakistani Friendship Center portal, over the same services as the web UI.",
        "Authentication is the web session cookie: sign in at `/en/sign-in` and send the cookie.",
        "Writes (POST, PATCH) must send `Content-Type: application/json` (else 415) and, from a browser, come from the portal's own origin: an `Origin` header of another site, or `Sec-Fetch-Site` other than `same-origin`, is refused with 403. Clients that send neither header (not browsers) are not refused for it.",
        "Path parameters are ids or slugs; a malformed one (a control character, too long) is a 422.",
        "Errors are `{ error: { code, message, fieldErrors } }` with messages in the language of `?locale=` or `Accept-Language` (en, ru, ur, zh, fa).",
        "Lists take `page`, `size`, `sort` and `dir` and answer `{ items, total, page, size, pageCount }`.",
        "Times are UTC (ISO 8601); the Center's zone is Asia/Karachi (UTC+05:00).",
      ].join("\n\n"),
    },
    servers: [{ url: "/" }],
    security: [{ sessionCookie: [] }],
    tags: API_SECTIONS.flatMap((section) =>
      section.tags.map((tag) => ({ name: tag.name, description: "descriptionKey" in tag ? t(tag.descriptionKey) : tag.description })),
    ),
    paths: API_PATHS,
    components: {
      securitySchemes: {
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The web session (`__Secure-next-auth.session-token` over HTTPS).",
        },
      },
    },
  });
}

export type OpenApiDocument = Awaited<ReturnType<typeof buildOpenApiDocument>>;
