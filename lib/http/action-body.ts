/**
 * Checks a server-action POST to a page before Next's action handler, which answers both of these
 * with a 500: a body over its `serverActions.bodySizeLimit` (default 1 MB, kept here), and a
 * no-JavaScript form post whose `$ACTION_n:m` fields (React's serialized action reference and bound
 * state) are not JSON. `proxy.ts` gets its own copy of the body, so reading it here leaves the
 * action's untouched. No imports: `proxy.ts` runs it.
 */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

export type ActionBodyProblem = "tooLarge" | "malformed";

export async function actionBodyProblem(request: Request): Promise<ActionBodyProblem | undefined> {
  if (!request.body) return undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > ACTION_BODY_LIMIT_BYTES) {
      await reader.cancel();
      return "tooLarge";
    }
    chunks.push(value);
  }
  const contentType = request.headers.get("content-type") ?? "";
  // The client router's fetch actions (Next-Action header) carry React's own encoding; Next reads them.
  if (request.headers.has("next-action") || !contentType.startsWith("multipart/form-data")) return undefined;
  let form: FormData;
  try {
    form = await new Response(new Blob(chunks as BlobPart[]), { headers: { "content-type": contentType } }).formData();
  } catch {
    return "malformed";
  }
  for (const [name, value] of form.entries()) {
    if (!/^\$ACTION_\d+:\d+$/.test(name)) continue;
    if (typeof value !== "string") return "malformed";
    try {
      const parsed: unknown = JSON.parse(value);
      if (name.endsWith(":0") && (typeof parsed !== "object" || parsed === null || typeof (parsed as { id?: unknown }).id !== "string")) return "malformed";
    } catch {
      return "malformed";
    }
  }
  return undefined;
}
