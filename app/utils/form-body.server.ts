// Reading a form's body within bounds: the wrong kind of body, a malformed one or one that is too
// large gets a 4xx with a message, and no body is buffered beyond the limit.

/** The largest ordinary form: pasted data and report texts fit with room to spare. Uploads have their own limits. */
export const FORM_BYTES = 2 * 1024 * 1024;

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

const refuse = (status: number, message: string) => new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The request body, read until `limit` bytes and no further; past that, the rest is left unread. */
export async function readBodyWithin(request: Request, limit: number): Promise<Uint8Array | "too large" | "unreadable"> {
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return "too large";
      }
      chunks.push(value);
    }
  } catch {
    // The client went away or sent a broken chunked body.
    return "unreadable";
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * The form a request carries. Throws 415 for a body that is not a form, 413 for one over `limit`
 * bytes and 400 for one that cannot be read as the form it says it is.
 */
export async function readForm(request: Request, limit = FORM_BYTES): Promise<FormData> {
  const contentType = request.headers.get("Content-Type") ?? "";
  const mediaType = contentType.split(";")[0].trim().toLowerCase();
  if (!FORM_TYPES.includes(mediaType)) throw refuse(415, "Skjemaet må sendes som et vanlig nettskjema.");
  if (Number(request.headers.get("Content-Length") ?? 0) > limit) throw refuse(413, "Skjemaet er for stort.");
  const body = await readBodyWithin(request, limit);
  if (body === "too large") throw refuse(413, "Skjemaet er for stort.");
  if (body === "unreadable") throw refuse(400, "Skjemaet kunne ikke leses.");
  try {
    return await new Response(body as BodyInit, { headers: { "Content-Type": contentType } }).formData();
  } catch {
    throw refuse(400, "Skjemaet kunne ikke leses.");
  }
}
