// Refused requests and reads of personal data in the audit log (Normen; OWASP ASVS V7): who, from
// which address, which project and path, and why a request was refused.
//
// Refusals are logged where every answer passes with its load context (and so the client's address):
// app/entry.server.tsx, for page requests (`handleRequest`) and data requests (`handleDataRequest`),
// and `auditRefusals` around the loaders of resource routes (downloads), which Remix answers without
// passing the entry. The checks that refuse (app/services/access.server.ts, csrf.server.ts) say why in
// a header on the Response they throw; the header is removed before the answer leaves the server.
// Nothing here ever throws: a failure to log is reported on the console, and the answer stands.
import type { AppLoadContext } from "@remix-run/node";
import { tryWriteAudit } from "../models/audit.server";
import { getMembership } from "../models/membership.server";
import { getProject } from "../models/project.server";
import { REFUSAL_REASONS, type RefusalReason } from "../utils/audit-names";
import { clientAddress, getCurrentSession, type CurrentSession } from "./session.server";

/** The header that carries a refusal's reason from the check that refused to the log. Never sent to the client. */
export const REFUSAL_HEADER = "X-Trinnvis-Avvisning";

export type { RefusalReason };

/** A refusing Response that says why, for the log. */
export function refusal(status: number, message: string, reason: RefusalReason): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", [REFUSAL_HEADER]: reason } });
}

/** The statuses that mean «refused»: a 404 only when our own checks say so (not a page that does not exist). */
const REFUSED = new Set([400, 403, 404, 405, 409, 413, 415, 422]);

const isReason = (value: string | null | undefined): value is RefusalReason => Boolean(value) && Object.hasOwn(REFUSAL_REASONS, value as string);

function reasonFor(status: number, tagged: string | null | undefined, thrown: boolean): RefusalReason {
  if (isReason(tagged)) return tagged;
  if (status === 403) return "ingen-tilgang";
  if (status === 409) return "konflikt";
  if (status === 413) return "for-stort";
  if (status === 415) return "feil-skjematype";
  if (status === 400 && thrown) return "uleselig-skjema";
  if (status === 400 || status === 422) return "ugyldig-skjema";
  return "avvist";
}

/** The names of the fields a validation answer marks as wrong: only names, never what was submitted. */
export function failedFieldNames(data: unknown): string[] {
  const names = new Set<string>();
  const visit = (value: unknown, depth: number) => {
    if (!value || typeof value !== "object" || Array.isArray(value) || depth > 3) return;
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      if ((key === "error" || key === "errors" || key === "fieldErrors") && inner && typeof inner === "object" && !Array.isArray(inner)) {
        for (const [field, messages] of Object.entries(inner as Record<string, unknown>)) {
          if (messages == null || (Array.isArray(messages) && messages.length === 0)) continue;
          names.add(field === "" ? "(skjemaet)" : field.slice(0, 80));
        }
      } else if (key !== "initialValue" && key !== "values" && key !== "current") {
        visit(inner, depth + 1);
      }
    }
  };
  visit(data, 0);
  return [...names].slice(0, 40);
}

/**
 * The project a refusal is filed under: the one in the path, when the user is its member. A
 * non-member's (or a logged-out) attempt goes to the administrators' log only: the project's own
 * readers must not learn an outsider's name and address.
 */
function projectIdIn(path: string, userId: number | undefined): number | null {
  const match = /^\/prosjekter\/([1-9][0-9]{0,15})(?:\/|$)/.exec(path);
  if (!match || userId === undefined) return null;
  const id = Number(match[1]);
  try {
    return getProject(id) && getMembership(id, userId) ? id : null;
  } catch {
    return null;
  }
}

async function sessionOf(request: Request): Promise<CurrentSession | null> {
  try {
    return await getCurrentSession(request);
  } catch {
    return null;
  }
}

export type Outcome = {
  status: number;
  /** The reason a check put in REFUSAL_HEADER, if any. */
  tagged?: string | null;
  /** Thrown (a check refused) rather than returned (an action's answer, such as a form with errors). */
  thrown: boolean;
  /** The message the user was shown, for thrown refusals (our own texts, never the user's). */
  message?: string | null;
  /** A returned answer's data, for the names of the fields that failed. */
  data?: unknown;
};

/** Whether an outcome is a refused attempt worth a line in the log. */
export function isRefusal(request: Request, outcome: Outcome): boolean {
  if (!REFUSED.has(outcome.status)) return false;
  // A 404 or 405 without our reason is a page that does not exist; nothing was refused.
  if ((outcome.status === 404 || outcome.status === 405) && !isReason(outcome.tagged)) return false;
  // Failed logins are logged by the login itself (login_failed).
  if (!outcome.thrown && new URL(request.url).pathname === "/logg-inn") return false;
  return true;
}

/** Writes a refused attempt: reason, user (if signed in), source address, project, method and path. Never throws. */
export async function logRefusal(request: Request, context: AppLoadContext | undefined, outcome: Outcome): Promise<void> {
  try {
    if (!isRefusal(request, outcome)) return;
    const url = new URL(request.url);
    const session = await sessionOf(request);
    const reason = reasonFor(outcome.status, outcome.tagged, outcome.thrown);
    const fields = outcome.thrown ? [] : failedFieldNames(outcome.data);
    tryWriteAudit({
      userId: session?.user.id ?? null,
      action: "refused",
      entityType: "request",
      projectId: projectIdIn(url.pathname, session?.user.id),
      sourceAddress: context ? clientAddress(context) : null,
      detail: {
        reason,
        status: outcome.status,
        method: request.method,
        path: url.pathname.slice(0, 300),
        ...(outcome.message ? { message: outcome.message.slice(0, 200) } : {}),
        ...(fields.length ? { fields } : {}),
      },
    });
  } catch (error) {
    console.error("Avvisningen kunne ikke logges:", error);
  }
}

async function bodyOf(response: Response): Promise<{ message: string | null; data: unknown }> {
  try {
    const text = await response.clone().text();
    const type = response.headers.get("Content-Type") ?? "";
    if (type.includes("json")) return { message: null, data: JSON.parse(text) };
    return { message: text, data: null };
  } catch {
    return { message: null, data: null };
  }
}

/**
 * Logs a refusal among the Responses a loader or action answered, returned or thrown, and takes the
 * reason header off it. For data requests (entry.server's `handleDataRequest`) and resource routes.
 */
export async function auditResponse(response: Response, args: { request: Request; context?: AppLoadContext }, thrown?: boolean): Promise<Response> {
  try {
    const tagged = response.headers.get(REFUSAL_HEADER);
    if (tagged) response.headers.delete(REFUSAL_HEADER);
    const wasThrown = thrown ?? response.headers.get("X-Remix-Catch") === "yes";
    const outcome: Outcome = { status: response.status, tagged, thrown: wasThrown };
    if (isRefusal(args.request, outcome)) {
      const { message, data } = await bodyOf(response);
      await logRefusal(args.request, args.context, { ...outcome, message: wasThrown ? message : null, data });
    }
  } catch (error) {
    console.error("Avvisningen kunne ikke logges:", error);
  }
  return response;
}

/** The parts of Remix's StaticHandlerContext a page answer's refusal is read from. */
export type PageOutcome = {
  statusCode: number;
  errors?: Record<string, unknown> | null;
  actionData?: Record<string, unknown> | null;
  loaderHeaders?: Record<string, Headers>;
  actionHeaders?: Record<string, Headers>;
};

/** Logs a refused page request (entry.server's `handleRequest`) and takes the reason header off the answer. */
export async function auditPage(request: Request, context: AppLoadContext | undefined, page: PageOutcome, responseHeaders?: Headers): Promise<void> {
  try {
    responseHeaders?.delete(REFUSAL_HEADER);
    if (page.statusCode < 400) return;
    const headers = [...Object.values(page.actionHeaders ?? {}), ...Object.values(page.loaderHeaders ?? {})];
    const tagged = headers.map((h) => h.get(REFUSAL_HEADER)).find(Boolean) ?? null;
    const error = Object.values(page.errors ?? {}).find((e) => e && typeof e === "object" && "status" in e) as { status: number; data?: unknown; internal?: boolean } | undefined;
    if (error?.internal && !tagged) return;
    const thrown = Boolean(error);
    const message = thrown && typeof error?.data === "string" ? error.data : null;
    const data = thrown ? null : Object.values(page.actionData ?? {}).find(Boolean);
    await logRefusal(request, context, { status: page.statusCode, tagged, thrown, message, data });
  } catch (failure) {
    console.error("Avvisningen kunne ikke logges:", failure);
  }
}

/**
 * Runs a resource route's loader and logs a refusal it answers (Remix answers resource routes
 * without passing the entry module).
 */
export async function auditRefusals<T>(args: { request: Request; context?: AppLoadContext }, run: () => Promise<T> | T): Promise<T> {
  let result: T;
  try {
    result = await run();
  } catch (error) {
    if (error instanceof Response) await auditResponse(error, args, true);
    throw error;
  }
  if (result instanceof Response && result.status >= 400) await auditResponse(result, args, false);
  return result;
}

/**
 * A read of personal data (names, e-mail addresses, roles, answers) or of the log itself: one line per
 * page view, with the source address. Never throws.
 */
export function logRead(args: { context?: AppLoadContext }, entry: { userId: number; entityType: string; entityId?: string | number | null; projectId?: number | null; detail?: Record<string, unknown> }) {
  tryWriteAudit({ ...entry, action: "read", sourceAddress: args.context ? clientAddress(args.context) : null });
}

/** A download of a project's data (export), with the source address. Never throws. */
export function logExport(args: { context?: AppLoadContext }, entry: { userId: number; entityType: string; entityId?: string | number | null; projectId?: number | null; detail?: Record<string, unknown> }) {
  tryWriteAudit({ ...entry, action: "export", sourceAddress: args.context ? clientAddress(args.context) : null });
}
