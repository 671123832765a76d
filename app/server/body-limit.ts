// A request body's size is bounded before Remix sees it: a body declared larger than its route's limit
// is refused at once, and a chunked body (no Content-Length) is counted as it arrives and handed on
// only when it is complete and within the limit. Whatever is refused gets 413 with a Norwegian message;
// nothing is buffered beyond the limit.
import type { NextFunction, Request, Response } from "express";
import { FORM_BYTES } from "../utils/form-body.server";
import { MAX_UPLOAD_BYTES } from "../utils/table-files.server";
import { MAX_IMPORT_BYTES } from "../utils/upload-body.server";
import { refuseUnread } from "./refuse-unread";

/** The project import's own limit, re-exported for the tests. */
export const IMPORT_BYTES = MAX_IMPORT_BYTES;

const MB = 1024 * 1024;

export type BodyLimit = { bytes: number; message: string };

const MEASURE_DATA_PAGE = /^\/prosjekter\/[^/]+\/malinger\/[^/]+\/data\/?$/i;
const ADMIN_IMPORT = /^\/admin\/import\/?$/i;

/**
 * How large a body a request may carry. A page does not read a body for GET or HEAD, so those carry
 * none. The two upload pages get room above their own limit, so that a file a little too large is
 * answered by the page itself, with the form and its message; everything else is an ordinary form.
 */
export function bodyLimit(method: string, path: string): BodyLimit {
  const verb = method.toUpperCase();
  if (verb === "GET" || verb === "HEAD") return { bytes: 0, message: "En forespørsel om å lese en side kan ikke ha innhold." };
  if (MEASURE_DATA_PAGE.test(path)) return { bytes: 2 * MAX_UPLOAD_BYTES, message: `Filen er for stor. Filer kan være høyst ${MAX_UPLOAD_BYTES / MB} MB.` };
  if (ADMIN_IMPORT.test(path)) return { bytes: IMPORT_BYTES + 10 * MB, message: `Filen er for stor. En eksportfil kan være høyst ${IMPORT_BYTES / MB} MB.` };
  return { bytes: FORM_BYTES, message: `Skjemaet er for stort. Et skjema kan være høyst ${FORM_BYTES / MB} MB.` };
}

type Push = (chunk: unknown, encoding?: BufferEncoding) => boolean;

/** The express middleware: `app.use(limitRequestBodies)`, before the Remix handler. */
export function limitRequestBodies(req: Request, res: Response, next: NextFunction) {
  const { bytes, message } = bodyLimit(req.method, req.path);
  const declared = req.headers["content-length"];
  const chunked = req.headers["transfer-encoding"] !== undefined;
  if (!chunked) {
    // Node's parser ends the body at Content-Length, so a declared size within the limit is the bound.
    if (declared === undefined || Number(declared) <= bytes) return next();
    return refuse(req, res, message);
  }
  // Browsers send forms and files with Content-Length. A chunked body is held before anyone has
  // logged in, so it gets no more room than a form, whatever the route: many of them at once must
  // not take the server's memory.
  if (bytes > CHUNKED_BYTES) return holdUntilComplete(req, res, CHUNKED_BYTES, CHUNKED_MESSAGE, next);
  holdUntilComplete(req, res, bytes, message, next);
}

/** The most a chunked body (no Content-Length) may hold, on any route. */
export const CHUNKED_BYTES = FORM_BYTES;
const CHUNKED_MESSAGE = `Innholdet er for stort. Uten Content-Length kan en forespørsel være høyst ${FORM_BYTES / MB} MB; last opp filer fra skjemaet i nettleseren.`;

/**
 * A chunked body: the chunks the HTTP parser pushes into the request are kept aside and counted, not
 * queued in the stream. Complete and within the limit, they are put back and the request goes on;
 * over the limit, they are dropped, the rest is discarded as it comes, and the answer is 413.
 */
function holdUntilComplete(req: Request, res: Response, limit: number, message: string, next: NextFunction) {
  // What arrived with the headers may already be in the stream.
  let size = req.readableLength;
  if (req.complete) return size > limit ? refuse(req, res, message) : next();
  if (size > limit) return refuse(req, res, message);
  const stream = req as unknown as { push: Push };
  const originalPush = stream.push;
  let held: Buffer[] = [];
  let state: "holding" | "refused" | "gone" = "holding";
  const restore = () => {
    delete (stream as Partial<typeof stream>).push;
    if (stream.push !== originalPush) stream.push = originalPush;
  };
  req.once("close", () => {
    if (state !== "holding") return;
    state = "gone";
    held = [];
    restore();
  });
  stream.push = (chunk, encoding) => {
    if (state === "gone") return originalPush.call(req, chunk, encoding);
    if (chunk === null) {
      if (state === "refused") {
        restore();
        return originalPush.call(req, null);
      }
      const chunks = held;
      held = [];
      state = "gone";
      restore();
      for (const c of chunks) originalPush.call(req, c);
      originalPush.call(req, null);
      // Out of the HTTP parser's callback before the app runs.
      setImmediate(next);
      return false;
    }
    if (state === "refused") return true;
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, encoding);
    size += buffer.length;
    if (size > limit) {
      state = "refused";
      held = [];
      setImmediate(() => refuse(req, res, message));
      return true;
    }
    held.push(buffer);
    return true;
  };
}

function refuse(req: Request, res: Response, message: string) {
  refuseUnread(req, res, 413, message);
}
