// Helpers for the audit-log tests: answering a loader or action the way the server does (page routes
// through app/entry.server.tsx's handleDataRequest, resource routes as they are), and finding the
// audit entries a request left.
import type { AppLoadContext } from "@remix-run/node";
import { desc, gt } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { auditLog } from "../../db/schema";
import { handleDataRequest } from "../../app/entry.server";

/** The newest audit entry's id (0 for none): entries written after it are the ones a request left. */
export function lastAuditId(): number {
  return getDb().select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).get()?.id ?? 0;
}

/** The audit entries written after `since`, oldest first, with their detail parsed. */
export function auditEntriesSince(since: number) {
  return getDb()
    .select()
    .from(auditLog)
    .where(gt(auditLog.id, since))
    .orderBy(auditLog.id)
    .all()
    .map((e) => ({ ...e, detail: e.detail ? (JSON.parse(e.detail) as Record<string, unknown>) : null }));
}

/**
 * Runs a loader or action as Remix's server does for a data request: a thrown Response gets the
 * X-Remix-Catch header and, like a returned one, passes the entry module's handleDataRequest (which
 * logs refusals). A resource route (no default export) is answered without the entry, as Remix does.
 */
export async function answerThroughEntry(module: { default?: unknown }, run: () => unknown, args: { request: Request; context: AppLoadContext }) {
  const isResource = !module.default;
  let result: unknown;
  try {
    result = await run();
  } catch (error) {
    if (error instanceof Response && !isResource) {
      error.headers.set("X-Remix-Catch", "yes");
      throw await handleDataRequest(error, { ...args, params: {} });
    }
    throw error;
  }
  if (result instanceof Response && !isResource) return handleDataRequest(result, { ...args, params: {} });
  return result;
}
