// Reading a form with a file (multipart/form-data) within bounds: the body is read only up to its
// limit, a body that is not well-formed multipart is a 400 and a file over its limit a 413, each with
// a message the page can show. Never a 500 for what a client sends. For the measure data page and
// the project import (admin.import).
import { readBodyWithin } from "./form-body.server";

export type UploadForm = { ok: true; formData: FormData } | { ok: false; status: 400 | 413 | 415; message: string };

/** The largest project export file /admin/import takes. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const MALFORMED_FORM = "Skjemaet kunne ikke leses.";

/** Room in a multipart body for the boundaries, the part headers and the small fields beside the file. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/**
 * The form in a multipart request. `maxFileBytes` bounds each file in it, `tooLarge` is the message
 * for a file (or body) over that; the body as a whole may be `MULTIPART_OVERHEAD_BYTES` larger. The
 * body is refused on its Content-Length before anything is read, and reading stops at the limit.
 */
export async function readUploadForm(request: Request, options: { maxFileBytes: number; tooLarge: string }): Promise<UploadForm> {
  const tooLarge = { ok: false, status: 413, message: options.tooLarge } as const;
  const contentType = request.headers.get("Content-Type") ?? "";
  if (contentType.split(";")[0].trim().toLowerCase() !== "multipart/form-data") {
    return { ok: false, status: 415, message: "Skjemaet må sendes som et skjema med fil (multipart/form-data)." };
  }
  if (!/;\s*boundary=/i.test(contentType)) return { ok: false, status: 400, message: MALFORMED_FORM };
  const limit = options.maxFileBytes + MULTIPART_OVERHEAD_BYTES;
  if (Number(request.headers.get("Content-Length") ?? 0) > limit) return tooLarge;
  const body = await readBodyWithin(request, limit);
  if (body === "too large") return tooLarge;
  if (body === "unreadable" || partHeadersTooLong(body, contentType)) return { ok: false, status: 400, message: MALFORMED_FORM };
  let formData: FormData;
  try {
    formData = await new Response(body as BodyInit, { headers: { "Content-Type": contentType } }).formData();
  } catch {
    return { ok: false, status: 400, message: MALFORMED_FORM };
  }
  for (const value of formData.values()) {
    if (typeof value !== "string" && value.size > options.maxFileBytes) return tooLarge;
  }
  return { ok: true, formData };
}

/** Longer part headers than a browser ever sends (a name and a file name): a crafted body, not a form. */
export const MAX_PART_HEADER_BYTES = 8 * 1024;

/** Whether a part's header block (from its boundary line to the blank line) runs past MAX_PART_HEADER_BYTES. */
export function partHeadersTooLong(body: Uint8Array, contentType: string): boolean {
  const boundary = /;\s*boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return false;
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const delimiter = Buffer.from(`--${boundary}\r\n`);
  for (let at = bytes.indexOf(delimiter); at !== -1; at = bytes.indexOf(delimiter, at + delimiter.length)) {
    const start = at + delimiter.length;
    const end = bytes.indexOf("\r\n\r\n", start);
    if ((end === -1 ? bytes.length : end) - start > MAX_PART_HEADER_BYTES) return true;
  }
  return false;
}
